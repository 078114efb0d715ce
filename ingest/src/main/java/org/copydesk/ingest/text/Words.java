package org.copydesk.ingest.text;

/** Word counting (as core counts words) and sentence shape tests shared by the classifiers. */
public final class Words {

    private Words() {
    }

    public static int count(CharSequence s) {
        return org.copydesk.core.Words.count(s);
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

    /** Share of letters that are upper case, for ALL-CAPS detection. */
    public static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }
}
