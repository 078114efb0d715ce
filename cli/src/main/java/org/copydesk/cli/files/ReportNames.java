package org.copydesk.cli.files;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.render.VisibleText;

/**
 * Report names: where a document's reports go under {@code --out}, as {@code DIR/<name>.report.json}. A name is
 * built from the components of the input's path relative to its argument, never from a string parsed again, and
 * each component is encoded so that it can only ever be one plain file or folder name:
 * <ul>
 * <li>separators ({@code /}, {@code \}), control characters, and bidi and line-separator controls are written as
 * {@code %XX} (the UTF-8 bytes), so a name cannot climb, turn absolute, or hide its order on a terminal;</li>
 * <li>a component that is {@code .} or {@code ..} is written {@code %2E} or {@code %2E%2E};</li>
 * <li>a component longer than a file system takes (255 bytes, less the longest report suffix for the file
 * itself) keeps its start and its extension, with {@code ~} and 16 hex digits of the SHA-256 of the whole
 * component between them; the report's {@code source.path} still gives the original name.</li>
 * </ul>
 * Names that are already plain are left as they are, so ordinary inputs keep the names they always had.
 *
 * <p>One run hands out each name once ({@link #claim}): the second document that would get a name already given in
 * the run (two file arguments {@code c1/x.txt c2/x.txt}, standard input twice, names equal but for case or Unicode
 * normalisation, which a case-insensitive file system would merge) gets {@code x.txt~2}, the third {@code x.txt~3}.
 * The walk is in a fixed order, so the same inputs get the same names in every run. Claimed names are kept as
 * 64-bit hashes, 16 bytes a document.
 */
public final class ReportNames {

    /** The longest name most file systems take, in bytes (ext4, XFS, Btrfs; APFS and NTFS count characters). */
    static final int NAME_LIMIT = 255;
    /** Room left in a report file's name for {@code ~N} and the longest suffix ({@code .report.html}). */
    static final int LEAF_LIMIT = 200;
    private static final int HASH_HEX = 16;
    private static final int EXTENSION_LIMIT = 12;

    private final LongSet claimed = new LongSet();

    /** The report name of {@code relative}, a path relative to its input argument, one encoded component a part. */
    public static String of(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path p : relative) {
            parts.add(p.toString());
        }
        return of(parts);
    }

    /** The report name of a path given as its components, the last one the document's own name. */
    public static String of(List<String> components) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a report name needs at least one component");
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                name.append('/');
            }
            name.append(component(components.get(i), i == components.size() - 1 ? LEAF_LIMIT : NAME_LIMIT));
        }
        return name.toString();
    }

    /** One path component as a plain name of at most {@code limit} UTF-8 bytes. */
    static String component(String raw, int limit) {
        if (raw.isEmpty()) {
            return "%00";
        }
        if (raw.equals(".") || raw.equals("..")) {
            return raw.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (unsafe(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        String encoded = out.toString();
        return utf8Length(encoded) <= limit ? encoded : shortened(raw, encoded, limit);
    }

    /**
     * Gives out {@code name}, or when this run gave it (or a name a case-insensitive file system would take for
     * it) already, the first free {@code name~2}, {@code name~3}, ….
     */
    public synchronized String claim(String name) {
        if (claimed.add(key(name))) {
            return name;
        }
        for (int n = 2; ; n++) {
            String other = name + "~" + n;
            if (claimed.add(key(other))) {
                return other;
            }
        }
    }

    private static long key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Hashing.murmur3_128().hashString(folded, StandardCharsets.UTF_8).asLong();
    }

    /** Separators, controls (C0, DEL, C1), bidi controls and the Unicode line and paragraph separators. */
    static boolean unsafe(int c) {
        return c == '/' || c == '\\' || c < 0x20 || c >= 0x7f && c <= 0x9f
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                || c <= Character.MAX_VALUE && VisibleText.bidiOrSeparator((char) c);
    }

    /** The start of {@code encoded}, {@code ~} and a hash of {@code raw}, then the extension when short. */
    private static String shortened(String raw, String encoded, int limit) {
        String hash = Hashing.sha256().hashString(raw, StandardCharsets.UTF_8).toString().substring(0, HASH_HEX);
        int dot = encoded.lastIndexOf('.');
        String extension = dot > 0 && encoded.length() - dot <= EXTENSION_LIMIT ? encoded.substring(dot) : "";
        int room = limit - 1 - HASH_HEX - utf8Length(extension);
        StringBuilder start = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < encoded.length(); ) {
            int c = encoded.codePointAt(i);
            int n = utf8Length(new String(Character.toChars(c)));
            if (bytes + n > room) {
                break;
            }
            start.appendCodePoint(c);
            bytes += n;
            i += Character.charCount(c);
        }
        // never cut a %XX escape in half: a stray % would read as a different escape
        int percent = start.lastIndexOf("%");
        if (percent >= 0 && start.length() - percent < 3) {
            start.setLength(percent);
        }
        return start + "~" + hash + extension;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A set of longs by open addressing: no object per entry. Not thread-safe. */
    static final class LongSet {
        private static final long EMPTY = 0;
        private long[] slots = new long[1024];
        private int size;
        private boolean hasEmptyValue;

        /** Adds {@code v}; false when it was there already. */
        boolean add(long v) {
            if (v == EMPTY) {
                boolean added = !hasEmptyValue;
                hasEmptyValue = true;
                return added;
            }
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            if (!insert(slots, v)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] table, long v) {
            int mask = table.length - 1;
            for (int i = (int) (v ^ v >>> 32) & mask; ; i = i + 1 & mask) {
                if (table[i] == v) {
                    return false;
                }
                if (table[i] == EMPTY) {
                    table[i] = v;
                    return true;
                }
            }
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long v : slots) {
                if (v != EMPTY) {
                    insert(bigger, v);
                }
            }
            slots = bigger;
        }
    }
}
