package org.copydesk.rules;

import static org.copydesk.core.DateKind.ABSOLUTE;
import static org.copydesk.core.DateKind.DAY_MONTH;
import static org.copydesk.core.DateKind.MONTH_OR_YEAR;
import static org.copydesk.core.DateKind.RELATIVE;
import static org.copydesk.core.DateKind.WEEKDAY;
import static org.copydesk.core.TimeReference.FUTURE;
import static org.copydesk.core.TimeReference.PAST;
import static org.copydesk.core.TimeReference.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.core.DateValue;
import org.copydesk.core.Finding;
import org.junit.jupiter.api.Test;

class DateRulesTest {

    private static DateValue day(int y, int m, int d) {
        return new DateValue(LocalDate.of(y, m, d), null, null, "json-ld", null);
    }

    @Test
    void missingPublished() {
        Check.fires(TestArticle.clean().noPublished(), "date.missing-published");
        Check.quiet(TestArticle.clean(), "date.missing-published");
    }

    @Test
    void invalid() {
        TestArticle a = TestArticle.clean().paragraph("The lease was signed on 30 February 2019, the deed says.")
                .mention("30 February 2019", ABSOLUTE, null, null, false, false, PAST);
        Check.fires(a, "date.invalid");
        Check.quiet(TestArticle.clean().paragraph("The lease was signed on 28 February 2019, the deed says.")
                .date("28 February 2019", ABSOLUTE, LocalDate.of(2019, 2, 28), null, PAST), "date.invalid");
    }

    @Test
    void weekdayMismatch() {
        // 14 March 2014 was a Friday.
        TestArticle wrong = TestArticle.clean().metadataLine("Posted Thu 14 Mar 2014, 9:05 AM")
                .date("Thu 14 Mar 2014", ABSOLUTE, LocalDate.of(2014, 3, 14), DayOfWeek.THURSDAY, UNKNOWN);
        Finding f = Check.fires(wrong, "date.weekday-mismatch").get(0);
        assertEquals("\"Thu 14 Mar 2014\": 2014-03-14 is a Friday, not a Thursday", f.message());
        Check.quiet(TestArticle.clean().metadataLine("Posted Fri 14 Mar 2014, 9:05 AM")
                .date("Fri 14 Mar 2014", ABSOLUTE, LocalDate.of(2014, 3, 14), DayOfWeek.FRIDAY, UNKNOWN),
                "date.weekday-mismatch");
    }

    @Test
    void modifiedBeforePublished() {
        Check.fires(TestArticle.clean().published(day(2020, 5, 12)).modified(day(2020, 5, 3)),
                "date.modified-before-published");
        Check.quiet(TestArticle.clean().published(day(2020, 5, 12)).modified(day(2020, 5, 13)),
                "date.modified-before-published");
        // Same day, one with a time and one without: no claim about the order.
        Check.quiet(TestArticle.clean().published(TestArticle.at(LocalDateTime.of(2020, 5, 12, 18, 0), null))
                .modified(day(2020, 5, 12)), "date.modified-before-published");
        // Zoned times compare as instants: 09:00+05:00 is 04:00Z, before 06:00Z.
        Check.fires(TestArticle.clean().published(TestArticle.at(LocalDateTime.of(2020, 5, 12, 6, 0), ZoneOffset.UTC))
                .modified(TestArticle.at(LocalDateTime.of(2020, 5, 12, 9, 0), ZoneOffset.ofHours(5))),
                "date.modified-before-published");
        // A late UTC stamp may already be the next day where the page shows its bare date.
        Check.quiet(TestArticle.clean().published(day(2020, 5, 13))
                .modified(TestArticle.at(LocalDateTime.of(2020, 5, 12, 22, 0), ZoneOffset.UTC)),
                "date.modified-before-published");
        Check.fires(TestArticle.clean().published(day(2020, 5, 13))
                .modified(TestArticle.at(LocalDateTime.of(2020, 5, 11, 22, 0), ZoneOffset.UTC)),
                "date.modified-before-published");
    }

    @Test
    void staleUpdate() {
        Finding f = Check.fires(TestArticle.clean().published(day(2011, 9, 26)).modified(day(2019, 3, 2)),
                "date.stale-update").get(0);
        assertTrue(f.message().contains("2714 days"), f.message());
        Check.quiet(TestArticle.clean().published(day(2011, 9, 26)).modified(day(2012, 9, 1)), "date.stale-update");
        // A page presented with its update: the age is measured from its first publication.
        Finding evergreen = Check.fires(TestArticle.clean().published(day(2023, 11, 14))
                .firstPublished(day(2021, 4, 6)).modified(day(2023, 11, 14)), "date.stale-update").get(0);
        assertTrue(evergreen.message().contains("published 2021-04-06"), evergreen.message());
        Check.quiet(TestArticle.clean().published(day(2023, 11, 14)).firstPublished(day(2023, 6, 1))
                .modified(day(2023, 11, 14)), "date.stale-update");
    }

    @Test
    void staleUpdateWindowIsASetting() {
        RuleEngine engine = RuleEngine.create(Profile.SCRAPE_AUDIT,
                RuleSettings.defaults(Check.NOW).withStaleUpdateDays(30));
        List<Finding> found = engine.check(TestArticle.clean().published(day(2020, 1, 1)).modified(day(2020, 3, 1))
                .build());
        assertEquals(1, found.stream().filter(x -> x.rule().equals("date.stale-update")).count());
    }

    @Test
    void future() {
        // Reference time is 2024-06-01T12:00Z.
        Check.fires(TestArticle.clean().published(day(2031, 5, 1)), "date.future");
        Check.fires(TestArticle.clean().modified(TestArticle.at(LocalDateTime.of(2024, 6, 1, 14, 0), ZoneOffset.UTC)),
                "date.future");
        // A bare day one ahead may already be today east of Greenwich.
        Check.quiet(TestArticle.clean().published(day(2024, 6, 2)), "date.future");
        Check.quiet(TestArticle.clean().published(TestArticle.at(LocalDateTime.of(2024, 6, 1, 20, 0), null)),
                "date.future");
    }

    @Test
    void relativeUnanchored() {
        TestArticle undated = TestArticle.clean().noPublished()
                .paragraph("The depot will close on Thursday, and the staff were told last week.")
                .date("on Thursday", WEEKDAY, null, DayOfWeek.THURSDAY, FUTURE)
                .date("last week", RELATIVE, null, null, PAST);
        List<Finding> found = Check.fires(undated, "date.relative-unanchored");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("\"on Thursday\" (2 in the article)"), found.get(0).message());
        Check.fires(TestArticle.clean().noPublished().paragraph("The vote was held in November.")
                .date("in November", MONTH_OR_YEAR, null, null, PAST), "date.relative-unanchored");
        Check.quiet(TestArticle.clean().paragraph("The depot will close on Thursday.")
                .date("on Thursday", WEEKDAY, LocalDate.of(2024, 3, 21), DayOfWeek.THURSDAY, FUTURE),
                "date.relative-unanchored");
        Check.quiet(TestArticle.clean().noPublished().paragraph("The depot opened in 2014.")
                .date("in 2014", MONTH_OR_YEAR, LocalDate.of(2014, 1, 1), null, PAST), "date.relative-unanchored");
    }

    @Test
    void relativeInconsistent() {
        // Published Thursday 14 March 2024: yesterday was a Wednesday.
        Check.fires(TestArticle.clean().paragraph("Officials said yesterday (Monday) that the pier was unsafe.")
                .date("yesterday (Monday)", RELATIVE, LocalDate.of(2024, 3, 13), DayOfWeek.MONDAY, PAST),
                "date.relative-inconsistent");
        Check.fires(TestArticle.clean().paragraph("The harbour master said Thursday that dredging would wait.")
                .date("Thursday", WEEKDAY, LocalDate.of(2024, 3, 7), DayOfWeek.THURSDAY, PAST),
                "date.relative-inconsistent");
        Check.quiet(TestArticle.clean().paragraph("Officials said yesterday (Wednesday) that the pier was unsafe.")
                .date("yesterday (Wednesday)", RELATIVE, LocalDate.of(2024, 3, 13), DayOfWeek.WEDNESDAY, PAST),
                "date.relative-inconsistent");
        Check.quiet(TestArticle.clean().paragraph("The harbour master said Monday that dredging would wait.")
                .date("Monday", WEEKDAY, LocalDate.of(2024, 3, 11), DayOfWeek.MONDAY, PAST),
                "date.relative-inconsistent");
    }

    @Test
    void bodyAfterPublished() {
        Check.fires(TestArticle.clean().paragraph("The bridge was reopened on 2 May 2024 after repairs.")
                .date("2 May 2024", ABSOLUTE, LocalDate.of(2024, 5, 2), null, PAST), "date.body-after-published");
        Check.quiet(TestArticle.clean().paragraph("The bridge will reopen on 2 May 2024 after repairs.")
                .date("2 May 2024", ABSOLUTE, LocalDate.of(2024, 5, 2), null, FUTURE), "date.body-after-published");
        // The year of "March 20" was the resolver's guess, not the writer's.
        Check.quiet(TestArticle.clean().paragraph("The bridge was reopened on March 20 after repairs.")
                .date("March 20", DAY_MONTH, LocalDate.of(2024, 3, 20), null, PAST), "date.body-after-published");
        Check.fires(TestArticle.clean().paragraph("The bridge was reopened in May 2024 after repairs.")
                .date("May 2024", MONTH_OR_YEAR, LocalDate.of(2024, 5, 1), null, PAST), "date.body-after-published");
    }

    @Test
    void ambiguousFormat() {
        Check.fires(TestArticle.clean().paragraph("The contract was signed on 03/04/2011 in the town hall.")
                .mention("03/04/2011", ABSOLUTE, LocalDate.of(2011, 4, 3), null, true, true, PAST),
                "date.ambiguous-format");
        // 25/04/2011 shows the writer puts the day first.
        Check.quiet(TestArticle.clean().paragraph("Signed on 03/04/2011, the contract ran out on 25/04/2011.")
                .mention("03/04/2011", ABSOLUTE, LocalDate.of(2011, 4, 3), null, true, true, PAST)
                .date("25/04/2011", ABSOLUTE, LocalDate.of(2011, 4, 25), null, PAST), "date.ambiguous-format");
        // A dotted date settles nothing about slashed ones.
        Check.fires(TestArticle.clean().paragraph("Signed on 03/04/2011, the contract ran out on 25.04.2011.")
                .mention("03/04/2011", ABSOLUTE, LocalDate.of(2011, 4, 3), null, true, true, PAST)
                .date("25.04.2011", ABSOLUTE, LocalDate.of(2011, 4, 25), null, PAST), "date.ambiguous-format");
    }

    @Test
    void metadataMismatch() {
        TestArticle a = TestArticle.clean().metadataLine("Published 21 March 2024")
                .candidate(null, LocalDate.of(2024, 3, 14), "json-ld")
                .candidate("21 March 2024", LocalDate.of(2024, 3, 21), "visible");
        Finding f = Check.fires(a, "date.metadata-mismatch").get(0);
        assertEquals(TestArticle.find(a.build().text(), "21 March 2024"), f.span());
        // A day apart is time zones, not disagreement.
        Check.quiet(TestArticle.clean().metadataLine("Published 15 March 2024")
                .candidate(null, LocalDate.of(2024, 3, 14), "json-ld")
                .candidate("15 March 2024", LocalDate.of(2024, 3, 15), "visible"), "date.metadata-mismatch");
        // Markup alone, or visible lines alone, have nothing to disagree with.
        Check.quiet(TestArticle.clean().candidate(null, LocalDate.of(2024, 3, 14), "json-ld")
                .candidate(null, LocalDate.of(2024, 3, 21), "meta"), "date.metadata-mismatch");
        Check.quiet(TestArticle.clean().metadataLine("Published 21 March 2024")
                .candidate("21 March 2024", LocalDate.of(2024, 3, 21), "visible"), "date.metadata-mismatch");
        // A visible date that matches the modification date is the update line, not a contradiction.
        Check.quiet(TestArticle.clean().metadataLine("Published 21 March 2024")
                .modified(new DateValue(LocalDate.of(2024, 3, 21), null, null, "json-ld", null))
                .candidate(null, LocalDate.of(2024, 3, 14), "json-ld")
                .candidate("21 March 2024", LocalDate.of(2024, 3, 21), "visible"), "date.metadata-mismatch");
    }
}
