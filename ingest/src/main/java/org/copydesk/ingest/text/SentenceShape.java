package org.copydesk.ingest.text;

/**
 * Whether a block of text is shaped like prose: the classifiers tell paragraphs from furniture, credits and
 * headlines partly by whether the text ends like a sentence.
 */
public final class SentenceShape {

    private static final String CLOSERS = "\"'”’)]»";
    private static final String ENDINGS = ".!?…:";
    /** Closing quotes and brackets of Chinese and Japanese text, and their full-width sentence endings. */
    private static final String WIDE_CLOSERS = "」』）】〉》";
    private static final String WIDE_ENDINGS = "。！？｡．";

    private SentenceShape() {
    }

    /** Whether the text ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
    public static boolean endsLikeSentence(String s) {
        return ends(s, CLOSERS, ENDINGS);
    }

    /**
     * {@link #endsLikeSentence}, or a full-width sentence ending of a script written without spaces (Chinese,
     * Japanese), where a paragraph ends with "。" rather than a period.
     */
    public static boolean endsLikeSentenceInAnyScript(String s) {
        return ends(s, CLOSERS + WIDE_CLOSERS, ENDINGS + WIDE_ENDINGS);
    }

    private static boolean ends(String s, String closers, String endings) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && closers.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && endings.indexOf(t.charAt(i)) >= 0;
    }
}
