package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.core.BidiControls;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Segment;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.hidden-characters}: invisible characters in the article body. */
@RuleInfo(id = "text.hidden-characters",
        summary = "Invisible characters in the body: bidi controls, zero-width characters, long runs of variation "
                + "selectors or tag characters",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "Characters a reader cannot see can reorder what they do see (a right-to-left override), "
                + "watermark copied text, or carry instructions into a corpus that no editor ever read.",
        example = "A right-to-left override (U+202E) inside a figure, zero-width spaces between the letters of a "
                + "word, or a string of tag characters after the last full stop.")
@Constraint(validatedBy = HiddenCharacters.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HiddenCharacters {

    String message() default "{copydesk.text.hidden-characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per run of invisible characters of one kind in a body paragraph, unless the run does a job the
     * writing system needs: a directional mark, embedding or isolate in a paragraph with right-to-left letters
     * (an override never), a single joiner or zero-width space between two letters of a script that uses them
     * (Arabic, Persian, Indic, Thai; never Latin, Greek or Cyrillic), a zero-width joiner inside an emoji
     * sequence, one or two variation selectors, a subdivision flag's tags after U+1F3F4, or a byte order mark
     * at the very start of the text.
     */
    final class Validator extends DocumentRule<HiddenCharacters> {

        /** What an invisible character is, by the harm it can do. */
        private enum Kind {
            BIDI("bidirectional control"), ZERO_WIDTH("zero-width character"),
            SELECTOR("variation selector"), TAG("tag character");

            private final String noun;

            Kind(String noun) {
                this.noun = noun;
            }

            static Kind of(int cp) {
                if (BidiControls.is(cp)) {
                    return BIDI;
                }
                if (cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                    return ZERO_WIDTH;
                }
                if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
                    return SELECTOR;
                }
                return cp >= 0xE0000 && cp <= 0xE007F ? TAG : null;
            }
        }

        /** A variation sequence takes one selector; a doubled one is a copy-and-paste slip; more carry data. */
        private static final int MAX_SELECTORS = 2;
        /** A subdivision flag: U+1F3F4, two to six tag letters or digits, U+E007F. */
        private static final int BLACK_FLAG = 0x1F3F4;
        private static final int MAX_FLAG_TAGS = 7;
        private static final int CANCEL_TAG = 0xE007F;
        /** Alphabets that separate words with spaces and join no letters: an invisible character there has no job. */
        private static final Set<Character.UnicodeScript> NO_JOINERS = Set.of(Character.UnicodeScript.LATIN,
                Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.COMMON,
                Character.UnicodeScript.INHERITED, Character.UnicodeScript.UNKNOWN);
        /** How many different characters a message names before it says "…". */
        private static final int NAMED = 3;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (Segment paragraph : BodyText.paragraphs(doc)) {
                Span at = paragraph.contentSpan();
                String p = at.in(doc.text());
                int i = 0;
                while (i < p.length()) {
                    Kind kind = Kind.of(p.codePointAt(i));
                    int end = i + Character.charCount(p.codePointAt(i));
                    while (kind != null && end < p.length() && Kind.of(p.codePointAt(end)) == kind) {
                        end += Character.charCount(p.codePointAt(end));
                    }
                    int start = at.start() == 0 && i == 0 && p.charAt(0) == '\uFEFF' ? 1 : i; // a byte order mark
                    if (kind != null && start < end && !doesAJob(kind, p, start, end)) {
                        report(kind, p.substring(start, end), Span.of(at.start() + start, at.start() + end),
                                evidence);
                    }
                    i = end;
                }
            }
        }

        private static boolean doesAJob(Kind kind, String p, int start, int end) {
            String run = p.substring(start, end);
            int before = start > 0 ? p.codePointBefore(start) : -1;
            int after = end < p.length() ? p.codePointAt(end) : -1;
            return switch (kind) {
                case BIDI -> run.indexOf('\u202D') < 0 && run.indexOf('\u202E') < 0 && hasRightToLeftLetters(p);
                case ZERO_WIDTH -> run.length() == 1 && run.charAt(0) != '\uFEFF' && (joinsLetters(before, after)
                        || run.charAt(0) == '\u200D' && isEmojiPart(before) && isEmoji(after));
                case SELECTOR -> run.codePointCount(0, run.length()) <= MAX_SELECTORS;
                case TAG -> before == BLACK_FLAG && run.codePointBefore(run.length()) == CANCEL_TAG
                        && run.codePointCount(0, run.length()) <= MAX_FLAG_TAGS;
            };
        }

        private static boolean hasRightToLeftLetters(String p) {
            return p.codePoints().map(Character::getDirectionality).anyMatch(d ->
                    d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        }

        /** Two letters (or marks) of one script that uses joiners and zero-width spaces: Arabic, Devanagari, Thai. */
        private static boolean joinsLetters(int before, int after) {
            return isLetterOrMark(before) && isLetterOrMark(after)
                    && Character.UnicodeScript.of(before) == Character.UnicodeScript.of(after)
                    && !NO_JOINERS.contains(Character.UnicodeScript.of(before));
        }

        private static boolean isLetterOrMark(int cp) {
            if (cp < 0) {
                return false;
            }
            int type = Character.getType(cp);
            return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        /** An emoji, or what may end one before a joiner: the emoji presentation selector, a skin tone. */
        private static boolean isEmojiPart(int cp) {
            return isEmoji(cp) || cp == 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
        }

        private static boolean isEmoji(int cp) {
            return cp >= 0 && Character.getType(cp) == Character.OTHER_SYMBOL;
        }

        private static void report(Kind kind, String run, Span span, Evidence evidence) {
            int count = run.codePointCount(0, run.length());
            String what = count + " invisible " + kind.noun + (count == 1 ? "" : "s");
            if (kind == Kind.TAG) {
                evidence.reportAs("{copydesk.text.hidden-characters.tags}", span, "what", what,
                        "spelled", Evidence.excerpt(spelled(run)));
            } else {
                evidence.report(span, "what", what, "codes", named(run));
            }
        }

        /** The characters of {@code run} by code point and name, with counts: "U+200B zero width space ×3". */
        private static String named(String run) {
            Map<Integer, Long> counts = run.codePoints().boxed()
                    .collect(Collectors.groupingBy(cp -> cp, LinkedHashMap::new, Collectors.counting()));
            String names = counts.entrySet().stream().limit(NAMED)
                    .map(e -> String.format(Locale.ROOT, "U+%04X %s%s", e.getKey(),
                            Character.getName(e.getKey()).toLowerCase(Locale.ROOT),
                            e.getValue() > 1 ? " ×" + e.getValue() : ""))
                    .collect(Collectors.joining(", "));
            return counts.size() > NAMED ? names + ", …" : names;
        }

        /** The ASCII that tag characters U+E0020–U+E007E stand for: what a smuggled instruction says. */
        private static String spelled(String run) {
            StringBuilder s = new StringBuilder();
            run.codePoints().filter(cp -> cp >= 0xE0020 && cp <= 0xE007E)
                    .forEach(cp -> s.append((char) (cp - 0xE0000)));
            return s.toString();
        }
    }
}
