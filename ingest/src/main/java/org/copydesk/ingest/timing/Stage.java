package org.copydesk.ingest.timing;

/**
 * The stages a document goes through in a check, in the order it meets them, as {@link StageClock} times them:
 * from the bytes read to the reports written. The ids are those of {@code summary.json}'s {@code timings}.
 */
public enum Stage {
    /** Reading the bytes (inflating a gzip page), hashing them and detecting the media type. */
    READ("read"),
    /** Tika's parse: an HTML page into blocks, any other format into text (plain text is only decoded). */
    PARSE("parse"),
    /** An HTML page's markup: JSON-LD, meta tags, microdata and {@code <time>}, its JSON-LD body and description. */
    MARKUP("markup"),
    /** Guessing the language of the page's text, and later of the article's body. */
    LANGUAGE("language"),
    /** Choosing the article's container and judging the furniture around it; the segments. */
    LAYOUT("layout"),
    /** The headline, bylines, date lines, the chosen dates and the dateline. */
    METADATA("metadata"),
    /** The dates the body's paragraphs name. */
    DATE_MENTIONS("dateMentions"),
    /** The body's quotes and their speakers. */
    QUOTES("quotes"),
    /** The confidence model's signals and estimates. */
    CONFIDENCE("confidence"),
    /** Every rule of the profile. */
    RULES("rules"),
    /** Applying the baseline, counting the document in the run and writing its reports. */
    OUTPUT("output");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage's name in {@code summary.json} and on the terminal. */
    public String id() {
        return id;
    }
}
