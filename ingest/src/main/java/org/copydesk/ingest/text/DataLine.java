package org.copydesk.ingest.text;

import java.util.regex.Pattern;

/**
 * A line that stands in an article's flow without being prose or page furniture: a figure or an axis label of a
 * chart ("$900", "2018"), an image's placeholder ("[chart.gif]"), a line of code or of a formula, an address or
 * encoded data ({@link MachineText}). A page dump leaves many such lines between an article's paragraphs; they
 * say nothing of where the article ends.
 */
public final class DataLine {

    /** Marks that code, formulas and drawn tables use and menus and headlines do not (a menu's "|" is not one). */
    private static final String CODE_MARKS = "{};=<>│┃─━┼";

    /** What a page dump draws for a form's fields and buttons. */
    private static final String FORM_MARKS = "[]_↑↓←→*•·|";

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(,?\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");

    /** A picture's file name standing alone where the picture was: "12-IMG_3886.jpg", "chart.png". */
    private static final Pattern PICTURE_NAME =
            Pattern.compile("\\S+\\.(?i:jpe?g|png|gif|webp|svg|bmp|tiff?)");

    private DataLine() {
    }

    public static boolean is(Block b) {
        String c = b.unbulleted();
        if (c.isEmpty()) {
            return false;
        }
        if (NUMERIC_DATE.matcher(c).matches()) {
            return false; // a date under each teaser of a list is the list's furniture, not the article's data
        }
        if (c.codePoints().noneMatch(Character::isLetter)) {
            // figures, dates, the brackets of code; a form's empty field ("[    ]", "____") or an arrow is not data
            return c.codePoints().anyMatch(cp -> FORM_MARKS.indexOf(cp) < 0 && !Character.isWhitespace(cp));
        }
        if (c.startsWith("[") && c.endsWith("]") && c.indexOf(' ') < 0) {
            return true; // an image's file name where the picture stood
        }
        if (PICTURE_NAME.matcher(c).matches()) {
            return true;
        }
        return isCode(b);
    }

    /**
     * Whether the block is the list of the page's linked resources that a text browser prints at the top of its dump
     * (lynx's "#alternate", "#RSS feed" line, one name for each feed or other language version): the text's first
     * block, opening with "#" and a letter. A long one reads like a paragraph of words, yet it is the page's head.
     */
    public static boolean isLinkList(Block b) {
        String c = b.content();
        return b.index() == 0 && c.length() > 1 && c.charAt(0) == '#' && Character.isLetter(c.codePointAt(1));
    }

    /** Whether the line has the marks of code, a formula or a drawn table, or is mostly addresses and markup. */
    public static boolean isCode(Block b) {
        String c = b.unbulleted();
        return c.codePoints().anyMatch(cp -> CODE_MARKS.indexOf(cp) >= 0) || MachineText.dominates(c);
    }
}
