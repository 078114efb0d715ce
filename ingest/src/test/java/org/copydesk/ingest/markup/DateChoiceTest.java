package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.core.DateValue;
import org.junit.jupiter.api.Test;

/** The order of trust between date sources, and keeping the publisher's day across time zones. */
class DateChoiceTest {

    private static DateValue at(String date, String time, String offset, String source) {
        return new DateValue(LocalDate.parse(date), time == null ? null : LocalTime.parse(time),
                offset == null ? null : ZoneOffset.of(offset), source, null);
    }

    @Test
    void structuredMarkupBeforeTheVisibleLine() {
        DateValue ld = at("2020-05-01", "10:00", "Z", "json-ld");
        DateValue shown = at("2020-05-09", null, null, "visible");
        assertEquals(ld, DateChoice.choose(List.of(ld), List.of(shown)));
    }

    @Test
    void visibleLineBeforeLayoutOnlyMarkup() {
        DateValue time = at("2020-05-03", null, null, "time");
        DateValue url = at("2020-05-02", null, null, "url");
        DateValue shown = at("2020-05-04", null, null, "visible");
        assertEquals(shown, DateChoice.choose(List.of(time, url), List.of(shown)));
        assertEquals(time, DateChoice.choose(List.of(time, url), List.of()));
    }

    @Test
    void aVisibleDateBackedByAnotherTagOutweighsOneStaleField() {
        DateValue ld = at("2019-03-30", "08:00", "-04:00", "json-ld");
        DateValue tag = at("2020-12-19", "09:00", "-05:00", "meta:sailthru.date");
        DateValue shown = at("2020-12-19", null, null, "visible");
        assertEquals(shown, DateChoice.choose(List.of(ld, tag), List.of(shown)));
    }

    @Test
    void aTimeElementIsNoBackingForTheLineItRenders() {
        DateValue ld = at("2019-03-30", "08:00", "-04:00", "json-ld");
        DateValue time = at("2020-12-19", null, null, "time");
        DateValue shown = at("2020-12-19", null, null, "visible");
        assertEquals(ld, DateChoice.choose(List.of(ld, time), List.of(shown)));
    }

    @Test
    void aUtcStampTakesTheDayOfTheVisibleLineForTheSameInstant() {
        DateValue ld = at("2021-12-20", "01:00", "Z", "json-ld");
        DateValue shown = at("2021-12-19", "20:00", null, "visible");
        DateValue chosen = DateChoice.choose(List.of(ld), List.of(shown));
        assertEquals("2021-12-19T20:00-05:00", chosen.iso());
    }

    @Test
    void aUtcStampTakesALocalOffsetAnotherTagGivesForTheSameInstant() {
        DateValue ld = at("2021-07-02", "03:30", "Z", "json-ld");
        DateValue local = at("2021-07-01", "20:30", "-07:00", "meta:parsely-pub-date");
        assertEquals("2021-07-01T20:30-07:00", DateChoice.choose(List.of(ld, local), List.of()).iso());
    }

    @Test
    void aDateOnlyLineOneDayOffAUtcStampIsThePublishersDay() {
        DateValue ld = at("2021-12-02", "00:46", "Z", "meta:article:published_time");
        DateValue shown = at("2021-12-01", null, null, "visible");
        assertEquals(shown, DateChoice.choose(List.of(ld), List.of(shown)));
    }

    @Test
    void anUnrelatedTimeIsNotTheSameInstant() {
        DateValue ld = at("2021-12-20", "01:00", "Z", "json-ld");
        DateValue shown = at("2021-12-19", "20:17", null, "visible");
        assertEquals(ld, DateChoice.choose(List.of(ld), List.of(shown)));
    }

    @Test
    void aDayFirstLineReadTheOtherWayRoundGivesThePublishersDay() {
        // "04/06/2022 21:30" read month first is 6 April; the stamp shows the page meant 4 June, at UTC-3
        DateValue ld = at("2022-06-05", "00:30", "Z", "json-ld");
        DateValue shown = at("2022-04-06", "21:30", null, "visible");
        assertEquals("2022-06-04T21:30-03:00", DateChoice.choose(List.of(ld), List.of(shown)).iso());
    }

    @Test
    void aSwappedReadingOfAnUnrelatedTimeChangesNothing() {
        DateValue ld = at("2022-06-05", "00:30", "Z", "json-ld");
        DateValue shown = at("2022-04-06", "09:10", null, "visible");
        assertEquals(ld, DateChoice.choose(List.of(ld), List.of(shown)));
    }

    @Test
    void aModificationTimeInTheLocalZoneForTheSameInstantGivesThePublishersDay() {
        DateValue ld = at("2022-09-14", "03:15", "Z", "meta:article:published_time");
        DateValue modified = at("2022-09-13", "21:15", "-06:00", "time:modified");
        assertEquals("2022-09-13T21:15-06:00",
                DateChoice.choose(List.of(ld), List.of(), List.of(modified)).iso());
        assertEquals("meta:article:published_time",
                DateChoice.choose(List.of(ld), List.of(), List.of(modified)).source());
    }

    @Test
    void aLaterModificationSaysNothingAboutThePublishersDay() {
        DateValue ld = at("2022-09-14", "03:15", "Z", "meta:article:published_time");
        DateValue modified = at("2022-09-15", "08:00", "-06:00", "time:modified");
        assertEquals(ld, DateChoice.choose(List.of(ld), List.of(), List.of(modified)));
    }

    @Test
    void nothingToChooseFrom() {
        assertNull(DateChoice.choose(List.of(), List.of()));
    }
}
