package org.copydesk.ingest.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the day/month order of slashed or dashed numeric dates from the document itself: a date such as
 * {@code 30/09/2025} can only be read day first, and a document writes all its numeric dates one way, so its
 * ambiguous ones ({@code 02/09/2025}) are read day first too instead of the month-first default.
 */
final class NumericOrder {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{2}|\\d{4})");

    private NumericOrder() {
    }

    /** Whether some slashed or dashed date reads only day first and none reads only month first. */
    static boolean settlesDayFirst(String text, List<AbsoluteDates.Hit> hits) {
        boolean dayFirst = false;
        for (AbsoluteDates.Hit h : hits) {
            Matcher m = NUMERIC.matcher(text.substring(h.start(), h.end()));
            if (m.find()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(3));
                if (second > 12 && first <= 12) {
                    return false;
                }
                dayFirst |= first > 12 && second <= 12;
            }
        }
        return dayFirst;
    }

    /** The day-first reading of an ambiguous slashed or dashed date (dotted dates are day first already). */
    static LocalDate swapped(String text, AbsoluteDates.Hit h, LocalDate monthFirst) {
        Matcher m = NUMERIC.matcher(text.substring(h.start(), h.end()));
        if (monthFirst == null || !m.find()) {
            return monthFirst;
        }
        return LocalDate.of(monthFirst.getYear(), monthFirst.getDayOfMonth(), monthFirst.getMonthValue());
    }
}
