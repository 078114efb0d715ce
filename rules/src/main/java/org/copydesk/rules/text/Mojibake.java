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

    /** Fires per run of damaged characters anywhere in the extracted text, up to a cap, then once for the rest. */
    final class Validator extends DocumentRule<Mojibake> {
        private static final Pattern MARKERS =
                PhraseList.load(Mojibake.class, "mojibake-markers.txt").alternation(0);
        /** Beyond this many places a list of spans says no more than a count. */
        private static final int MAX_REPORTED = 20;

        @Override
        protected void check(ExtractedDocument doc, RuleSettings settings, Evidence evidence) {
            List<Span> runs = runs(doc.text());
            for (int i = 0; i < Math.min(runs.size(), MAX_REPORTED); i++) {
                evidence.report(runs.get(i), "found", runs.get(i).in(doc.text()));
            }
            if (runs.size() > MAX_REPORTED) {
                evidence.reportAs("{copydesk.text.mojibake.more}", runs.get(MAX_REPORTED),
                        "count", runs.size() - MAX_REPORTED);
            }
        }

        /** Marker matches, with touching ones merged into one run. */
        private static List<Span> runs(String text) {
            List<Span> runs = new ArrayList<>();
            Matcher m = MARKERS.matcher(text);
            while (m.find()) {
                int last = runs.size() - 1;
                if (last >= 0 && runs.get(last).end() >= m.start()) {
                    runs.set(last, Span.of(runs.get(last).start(), m.end()));
                } else {
                    runs.add(Span.of(m.start(), m.end()));
                }
            }
            return runs;
        }
    }
}
