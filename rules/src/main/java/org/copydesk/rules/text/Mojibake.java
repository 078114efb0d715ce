package org.copydesk.rules.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.Span;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code text.mojibake}: encoding damage in the extracted text. */
@RuleInfo(id = "text.mojibake",
        summary = "Encoding damage: U+FFFD, \"â€™\"-style sequences",
        scrape = Severity.ERROR, prePublication = Severity.ERROR,
        basis = {"body"},
        rationale = "Text decoded with the wrong character set is corrupt; every downstream copy inherits the damage.",
        example = "The ministerâ€™s cafÃ© visit")
@Constraint(validatedBy = Mojibake.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Mojibake {

    String message() default "{copydesk.text.mojibake}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Fires per run of damaged characters anywhere in the extracted text, up to a cap, then once for the rest.
     * Damage is U+FFFD, a C1 control character (Windows-1252 read as Latin-1), a listed UTF-8-read-as-1252
     * sequence, or the general shape of one: a three-byte lead such as "ä" before two continuation symbols, or
     * two Cyrillic or Greek lead pairs in a row ("Ð¿Ñ€"). Letters like "Ã" in "JOÃO" are not damage.
     */
    final class Validator extends DocumentRule<Mojibake> {
        private static final Pattern LISTED =
                PhraseList.load(Mojibake.class, "mojibake-markers.txt").alternation(0);
        /** What the bytes 0x80-0xBF of a UTF-8 sequence look like when read as Windows-1252 or Latin-1. */
        private static final String CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026"
                + "\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022"
                + "\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
        /** Continuations that cannot also be punctuation closing a word ("café”…", "voilà »"). */
        private static final String INNER = "[\\u0080-\\u009F\\u00A1-\\u00AA\\u00AC-\\u00AF\\u00B1-\\u00B6"
                + "\\u00B8-\\u00BA\\u00BC-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2020\\u2021\\u02C6\\u2030"
                + "\\u0160\\u2039\\u0152\\u017D\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
        /** Every marker starts with a non-ASCII character: the lookahead lets the scan skip plain text fast. */
        private static final Pattern MARKERS = Pattern.compile("(?=[^\\u0000-\\u007F])(?:" + LISTED.pattern()
                + "|[\\u0080-\\u009F]|[\\u00E0-\\u00EF]" + INNER + CONTINUATION
                + "|(?:[\\u00CE\\u00CF\\u00D0\\u00D1]" + CONTINUATION + "){2,})");
        /** Beyond this many places a list of spans says no more than a count. */
        private static final int MAX_REPORTED = 20;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            evidence.limit(MAX_REPORTED, "{copydesk.text.mojibake.more}");
            for (Span run : runs(doc.text())) {
                evidence.report(run, "found", run.in(doc.text()));
            }
        }

        /** Marker matches, with touching ones merged into one run. */
        static List<Span> runs(String text) {
            List<Span> runs = new ArrayList<>();
            Matcher m = MARKERS.matcher(text);
            while (m.find()) {
                if (isCapitalLetterBeforeSpace(text, m.start(), m.end())) {
                    continue;
                }
                int last = runs.size() - 1;
                if (last >= 0 && runs.get(last).end() >= m.start()) {
                    runs.set(last, Span.of(runs.get(last).start(), m.end()));
                } else {
                    runs.add(Span.of(m.start(), m.end()));
                }
            }
            return runs;
        }

        /**
         * "AMANHÃ" before a no-break space is Portuguese in capitals, not "à" read as Latin-1: a damaged
         * "Ã\u00a0" follows a lower-case letter ("voilÃ\u00a0").
         */
        private static boolean isCapitalLetterBeforeSpace(String text, int start, int end) {
            return end - start == 2 && text.charAt(start + 1) == '\u00a0'
                    && start > 0 && Character.isUpperCase(text.charAt(start - 1));
        }
    }
}
