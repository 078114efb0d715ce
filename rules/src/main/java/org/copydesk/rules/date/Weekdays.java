package org.copydesk.rules.date;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Weekday names as messages spell them, independent of the machine's locale. */
final class Weekdays {

    private Weekdays() {
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
