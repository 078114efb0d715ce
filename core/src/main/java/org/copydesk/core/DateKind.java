package org.copydesk.core;

/** How precisely a date mention in the text names its day. */
public enum DateKind {
    /** Day, month and year ("26 September 2011", "2011-09-26", "26.09.2011"), possibly with a weekday. */
    ABSOLUTE,
    /** Day and month without a year ("Sept. 26"); the year comes from the publication date when known. */
    DAY_MONTH,
    /** A month or a year only ("in November", "August last year", "in 2014"). */
    MONTH_OR_YEAR,
    /** A bare weekday ("on Thursday", "said Monday"). */
    WEEKDAY,
    /** A relative form ("yesterday", "last week", "this month", "earlier this month"). */
    RELATIVE
}
