package org.copydesk.ingest.html;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the headline block of an HTML page: the heading (an h1 first) that repeats the markup title, else any
 * block above the article that does, else the last h1 above the article's first paragraph.
 */
public final class HeadlinePicker {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 40;

    private HeadlinePicker() {
    }

    /** The headline's block index, if any; {@code firstBody} is the article's first body block. */
    public static Optional<Integer> find(HtmlPage page, String title, int firstBody) {
        String want = title == null ? "" : norm(title);
        Integer heading = null;
        Integer other = null;
        Integer lastH1 = null;
        for (PageBlock b : page.blocks()) {
            if (b.words() > MAX_WORDS || b.element().hidden()) {
                continue;
            }
            boolean above = b.index() <= firstBody;
            if (!want.isEmpty() && matches(norm(b.text()), want)) {
                if (b.headingLevel() == 1) {
                    return Optional.of(b.index());
                }
                if (b.isHeading() && heading == null) {
                    heading = b.index();
                } else if (above && other == null) {
                    other = b.index();
                }
            }
            if (above && b.headingLevel() == 1) {
                lastH1 = b.index();
            }
        }
        return Optional.ofNullable(heading != null ? heading : other != null ? other : lastH1);
    }

    /** The block repeats the title, or the title is the block plus a site name ("… | The Paper"). */
    private static boolean matches(String got, String want) {
        if (got.isEmpty()) {
            return false;
        }
        return got.equals(want) || want.startsWith(got) && got.length() * 2 >= want.length()
                || got.startsWith(want) && want.length() * 3 >= got.length() * 2;
    }

    static String norm(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
