package org.copydesk.rules.byline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.CreditLine;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Severity;
import org.copydesk.core.WireAgencies;
import org.copydesk.rules.DocumentRule;
import org.copydesk.rules.Evidence;
import org.copydesk.rules.PhraseList;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleSettings;

/** {@code byline.malformed}: a credit line that holds more than names. */
@RuleInfo(id = "byline.malformed", englishOnly = true,
        summary = "The credit line holds non-name material",
        scrape = Severity.WARNING, prePublication = Severity.ERROR,
        basis = {"bylines"},
        rationale = "Dates, links, share buttons and stray punctuation in a credit line show a scraping or "
                + "templating fault, and they end up in the author field downstream.",
        example = "By Jane Roe Follow | Updated 12:30 PM   or   By ()   (but \"By (AFP)\" is a normal wire credit)")
@Constraint(validatedBy = MalformedCredit.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MalformedCredit {

    String message() default "{copydesk.byline.malformed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Fires once per credit line, naming the first kind of non-name material found in it. */
    final class Validator extends DocumentRule<MalformedCredit> {

        private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");
        private static final Pattern ADDRESS = Pattern.compile(
                "(?i)https?://\\S+|www\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
        private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w+");
        private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+(?:[:./-]\\p{Nd}+)*");
        private static final Pattern NOISE = PhraseList.load(MalformedCredit.class, "credit-noise.txt").wholeWords();
        private static final Pattern TRAILING = Pattern.compile("[,;:|/·•(\\-–—]\\s*$");
        private static final Pattern CAPS = Pattern.compile("\\p{Lu}{4,}");
        private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
        private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
        /** Words that open a credit rather than name someone. */
        private static final Set<String> LEAD_WORDS = Set.of("By", "And", "With", "For", "From", "In", "Of", "The");

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            for (CreditLine c : doc.article().creditLines()) {
                String raw = c.raw();
                String credit = Evidence.excerpt(raw);
                Matcher m;
                if ((m = EMPTY_BRACKETS.matcher(raw)).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.empty-parentheses}", c.span(), "credit", credit);
                } else if ((m = ADDRESS.matcher(raw)).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.address}", c.span(), "credit", credit,
                            "found", m.group());
                } else if ((m = HANDLE.matcher(raw)).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.handle}", c.span(), "credit", credit,
                            "found", m.group());
                } else if ((m = DIGITS.matcher(raw)).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.digits}", c.span(), "credit", credit,
                            "found", m.group());
                } else if ((m = NOISE.matcher(raw)).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.noise-word}", c.span(), "credit", credit,
                            "found", m.group());
                } else if (capsNoise(raw, settings.agencies()) != null) {
                    evidence.reportAs("{copydesk.byline.malformed.all-caps}", c.span(), "credit", credit,
                            "found", capsNoise(raw, settings.agencies()));
                } else if (TRAILING.matcher(raw).find()) {
                    evidence.reportAs("{copydesk.byline.malformed.trailing-punctuation}", c.span(),
                            "credit", credit);
                }
            }
        }

        /**
         * An all-caps word standing right next to a written-out name ("Jane Roe EXCLUSIVE"). A name written
         * wholly in capitals, agencies ("AFP", "ANSA") and roman numerals are not noise.
         */
        private static String capsNoise(String raw, WireAgencies agencies) {
            String[] words = raw.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String w = bare(words[i]);
                if (!CAPS.matcher(w).matches() || ROMAN.matcher(w).matches() || agencies.isAgency(w)) {
                    continue;
                }
                boolean nameBefore = i > 0 && joined(words[i - 1]) && isNameWord(words[i - 1]);
                boolean nameAfter = i + 1 < words.length && joined(words[i]) && isNameWord(words[i + 1]);
                if (nameBefore || nameAfter) {
                    return w;
                }
            }
            return null;
        }

        /** Whether nothing but a space separates this word from the next one. */
        private static boolean joined(String word) {
            return Character.isLetterOrDigit(word.charAt(word.length() - 1));
        }

        private static boolean isNameWord(String word) {
            String w = bare(word);
            return NAME_WORD.matcher(w).matches() && !LEAD_WORDS.contains(w);
        }

        private static String bare(String word) {
            return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        }
    }
}
