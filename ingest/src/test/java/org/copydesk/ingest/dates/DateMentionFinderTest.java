package org.copydesk.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.Span;
import org.copydesk.core.TimeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateMentionFinderTest {

    private static final DateMentionFinder FINDER = new DateMentionFinder();
    /** Monday 26 September 2011. */
    private static final LocalDate MON = LocalDate.of(2011, 9, 26);

    private static List<DateMention> find(String body, LocalDate published) {
        return FINDER.find(body, List.of(Span.of(0, body.length())), published);
    }

    private static DateMention only(String body, LocalDate published) {
        List<DateMention> found = find(body, published);
        assertEquals(1, found.size(), () -> "expected one mention in: " + body + " but got " + found);
        return found.get(0);
    }

    @Test
    void spansAreOffsetsIntoTheFullTextAndOnlyRegionsAreRead() {
        String header = "Posted Tuesday 27 September 2011 | 3 comments\n";
        String para1 = "The strike began on Thursday.";
        String furniture = "\nRelated: Markets slide last week\n";
        String para2 = "Unions meet again next week.";
        String text = header + para1 + furniture + para2;
        int p1 = header.length();
        int p2 = p1 + para1.length() + furniture.length();
        List<DateMention> found = FINDER.find(text,
                List.of(Span.of(p1, p1 + para1.length()), Span.of(p2, p2 + para2.length())), MON);

        assertEquals(2, found.size());
        assertEquals(Span.of(text.indexOf("Thursday"), text.indexOf("Thursday") + 8), found.get(0).span());
        assertEquals("Thursday", found.get(0).span().in(text));
        assertEquals(LocalDate.of(2011, 9, 22), found.get(0).date());
        assertEquals("next week", found.get(1).span().in(text));
        assertEquals(found.get(1).text(), found.get(1).span().in(text));
        assertEquals(LocalDate.of(2011, 10, 3), found.get(1).date());
    }

    @Test
    void aDocumentThatWritesDayFirstSettlesItsAmbiguousNumericDates() {
        List<DateMention> dayFirst = find("The fair opened on 02/09/2025 and closed on 30/09/2025.", null);
        assertEquals(LocalDate.of(2025, 9, 2), dayFirst.get(0).date());
        assertEquals(LocalDate.of(2025, 9, 30), dayFirst.get(1).date());
        assertTrue(dayFirst.get(0).ambiguousOrder(), "still ambiguous on its own; the rule sees the evidence");
        // Without evidence the month-first default stands; month-first evidence keeps it.
        assertEquals(LocalDate.of(2025, 2, 9), only("The fair opened on 02/09/2025.", null).date());
        assertEquals(LocalDate.of(2025, 2, 9),
                find("The fair opened on 02/09/2025 and closed on 09/30/2025.", null).get(0).date());
    }

    @Test
    void regionsPastTheEndOfTheTextAreClipped() {
        String text = "It rained yesterday.";
        List<DateMention> found = FINDER.find(text, List.of(Span.of(3, 500)), MON);
        assertEquals("yesterday", found.get(0).text());
    }

    @Test
    void theLongestReadingWins() {
        DateMention m = only("The treaty was signed on Monday, September 26, 2011, in Oslo.", MON);
        assertEquals(DateKind.ABSOLUTE, m.kind());
        assertEquals("Monday, September 26, 2011", m.text());
        assertEquals(DayOfWeek.MONDAY, m.weekday());
    }

    @Test
    void aContradictingWeekdayIsKeptForTheRule() {
        DateMention m = only("The treaty was signed on Tuesday, 26 September 2011.", MON);
        assertEquals(MON, m.date());
        assertEquals(DayOfWeek.TUESDAY, m.weekday());
        assertTrue(m.date().getDayOfWeek() != m.weekday());
    }

    @Test
    void resolvesWeekdaysAndRelativePhrasesAgainstThePublicationDate() {
        assertEquals(LocalDate.of(2011, 9, 22), only("Rebels took the town on Thursday.", MON).date());
        assertEquals(LocalDate.of(2011, 9, 29), only("Rebels will withdraw on Thursday.", MON).date());
        assertEquals(LocalDate.of(2011, 9, 19), only("Rebels took the town last week.", MON).date());
        assertEquals(LocalDate.of(2011, 9, 1), only("Rebels took the town earlier this month.", MON).date());
        DateMention august = only("Rebels took the town August last year.", MON);
        assertEquals(DateKind.MONTH_OR_YEAR, august.kind());
        assertEquals(LocalDate.of(2010, 8, 1), august.date());
    }

    @Test
    void tenseFollowsTheClause() {
        assertEquals(TimeReference.PAST, only("The dam, which collapsed on Friday, will be rebuilt.", MON).reference());
        assertEquals(TimeReference.FUTURE, only("On Friday, the dam will be inspected.", MON).reference());
        assertEquals(TimeReference.FUTURE, only("The verdict is due to be read on Friday.", MON).reference());
        assertEquals(TimeReference.UNKNOWN, only("Friday is a holiday here.", MON).reference());
        assertEquals(TimeReference.PAST, only("Two days ago it rained.", MON).reference());
    }

    @Test
    void withoutAPublicationDateOnlyFixedDatesResolve() {
        List<DateMention> found = find("Fighting eased on Thursday and in 2009, but not in June.", null);
        assertEquals(3, found.size());
        assertNull(found.get(0).date());
        assertEquals(LocalDate.of(2009, 1, 1), found.get(1).date());
        assertNull(found.get(2).date());
        assertTrue(found.get(2).calendarValid());
    }

    @Test
    void impossibleDayAndMonthIsInvalidEvenWithoutAYear() {
        DateMention m = only("Payment fell due on February 30.", MON);
        assertEquals(DateKind.DAY_MONTH, m.kind());
        assertFalse(m.calendarValid());
        assertNull(m.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister may be asked to resign, and may refuse.",
        "Veterans will march to the memorial and march back.",
        "About 28,000 troops and 2,735 tanks were sent.",
        "Music of the 1980s and a 10-year war shaped the town.",
        "Security changed after 9/11 and the shop opens 24/7.",
        "The 2014 plan cost 1,200 jobs and 45.5 million.",
        "Theresa May told reporters she would stay.",
        "They meet every Monday and on Sundays.",
        "Version 2.10.1 of the app fixed 3.4.5 errors.",
        "Call 555-0123 or room 12/3 for details.",
    })
    void nonDatesStayQuiet(String body) {
        assertEquals(List.of(), find(body, MON));
    }
}
