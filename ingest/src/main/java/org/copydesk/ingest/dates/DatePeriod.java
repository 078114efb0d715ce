package org.copydesk.ingest.dates;

/** The stretch of calendar a relative phrase counts in: "yesterday" in days, "last week" in weeks, and so on. */
public enum DatePeriod {
    /** A single day; resolves to that day. */
    DAY,
    /** A Monday-to-Sunday week; resolves to its Monday. */
    WEEK,
    /** A Saturday-and-Sunday weekend; resolves to its Saturday. */
    WEEKEND,
    /** A calendar month; resolves to its first day. */
    MONTH,
    /** A calendar year; resolves to 1 January. */
    YEAR
}
