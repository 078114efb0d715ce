package org.copydesk.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Whether bytes are shaped like a markup document rather than text that quotes a tag or two. */
final class MarkupShape {

    /** How much of the file is looked at: a document's opening elements come early. */
    private static final int SNIFF = 64 * 1024;
    /** An element that only a whole document has: its doctype, html, head or body element. */
    private static final Pattern DOCUMENT = Pattern.compile("<(!doctype\\s+html|html|head|body)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private MarkupShape() {
    }

    /**
     * Whether {@code bytes} open, past blank space and a byte-order mark, with markup ({@code <}) and hold a
     * document's doctype, html, head or body element. A text dump that starts with words, or with a stray element
     * but no document around it, is not a markup document.
     */
    static boolean document(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(SNIFF, bytes.length), StandardCharsets.ISO_8859_1);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // the UTF-8 byte-order mark, read as Latin-1
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == 0)) {
            i++;
        }
        return i < head.length() && head.charAt(i) == '<' && DOCUMENT.matcher(head).find();
    }
}
