package org.copydesk.ingest.dates;

/** How a qualifier such as "last" or "next" chooses among the recurring months or weekdays of that name. */
enum Pick {
    /** The one before the publication date ("last May", "last Thursday"). */
    LAST,
    /** The one after it ("next May", "next Thursday"). */
    NEXT,
    /** The one in the publication date's year or week ("this May"). */
    THIS,
    /** The sentence's tense decides. */
    ANY
}
