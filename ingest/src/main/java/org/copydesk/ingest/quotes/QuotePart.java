package org.copydesk.ingest.quotes;

/**
 * One quoted stretch of one paragraph and what it turned out to be. Parts of a multi-paragraph quotation, and
 * parts split by their cue, share a {@code group} and so a speaker.
 */
final class QuotePart {

    /** What a quoted stretch is. */
    enum Kind { QUOTE, SCARE, TITLE }

    final QuotedRegion region;
    final int para;
    final Kind kind;
    int group;
    /** The second half of “We will,” he said, “win.”: reported as one quote with the part before it. */
    boolean joinsPrevious;
    int sentence = -1;
    /** A scare-length fragment inside reported speech, reported as a partial quote of the cue's speaker. */
    boolean partial;
    Attributed credit;
    /** Which reading gave {@link #credit}; {@link CreditRoute#NONE} while it is null. */
    CreditRoute route = CreditRoute.NONE;

    QuotePart(QuotedRegion region, int para, Kind kind, int group) {
        this.region = region;
        this.para = para;
        this.kind = kind;
        this.group = group;
    }
}
