package org.copydesk.ingest.text;

/**
 * Whether a block of text is shaped like prose: the classifiers tell paragraphs from furniture, credits and
 * headlines partly by whether the text ends like a sentence.
 */
public final class SentenceShape {

    private SentenceShape() {
    }

    /** Whether the text ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
    public static boolean endsLikeSentence(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’)]»".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:".indexOf(t.charAt(i)) >= 0;
    }
}
