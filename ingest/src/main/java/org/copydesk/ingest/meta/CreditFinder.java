package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Finds the visible credits of an article: byline lines at the top ("By …", "Written by …") and credits that
 * close it (a wire agency or a "… News Service" line after the last paragraph).
 */
public final class CreditFinder {

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:written|reported|posted|compiled|story|words)\\s+)?by\\b[\\s:]*\\S.*|^authors?\\s*:\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    /** A closing "Reporting by …" line: a credit though it ends like a sentence. */
    private static final Pattern REPORTING = Pattern.compile(
            "^(?:additional\\s+)?(?:reporting|writing|compiled|edited)\\s+by\\b[\\s:]*\\S.{0,80}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_AGENCY = Pattern.compile("^[\\s(\\[—–-]*([\\p{L}. -]{2,40}?)[\\s)\\]]*$");
    private static final int MAX_BYLINE_WORDS = 16;
    private static final int MAX_CREDIT_WORDS = 6;

    /** A credit line found in a block, with the names it credits. */
    public record Credit(int block, CreditLine line, List<Byline> names) {
    }

    private final WireAgencies agencies;
    private final BylineParser parser;

    public CreditFinder(WireAgencies agencies) {
        this.agencies = agencies;
        this.parser = new BylineParser(agencies);
    }

    public BylineParser parser() {
        return parser;
    }

    /** A top byline: a short block that opens with "By" (or "Written by", "Author:"). */
    public List<Credit> bylines(List<Block> blocks, int before) {
        List<Credit> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.index() > before) {
                break;
            }
            if (b.wordCount() <= MAX_BYLINE_WORDS && BYLINE.matcher(b.content()).matches()) {
                add(out, b, CreditPlacement.TOP);
            }
        }
        return out;
    }

    /** Credits after the article's last paragraph: an agency name or an organisational credit on its own line. */
    public List<Credit> trailing(List<Block> blocks, int after) {
        List<Credit> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.index() > after && b.wordCount() <= MAX_BYLINE_WORDS && REPORTING.matcher(b.content()).matches()) {
                add(out, b, CreditPlacement.TRAILING);
                continue;
            }
            if (b.index() <= after || b.wordCount() > MAX_CREDIT_WORDS || SentenceShape.endsLikeSentence(b.content())
                    && !b.content().endsWith(")")) {
                continue;
            }
            String c = b.content();
            boolean credit = BYLINE.matcher(c).matches()
                    || agencies.isAgency(BARE_AGENCY.matcher(c).replaceFirst("$1"))
                    || (parser.isOrganisationCredit(c) && Character.isUpperCase(c.codePointAt(0)));
            if (credit) {
                add(out, b, CreditPlacement.TRAILING);
            }
        }
        return out;
    }

    private void add(List<Credit> out, Block b, CreditPlacement placement) {
        List<Byline> names = parser.parse(b.content(), placement, b.contentSpan());
        out.add(new Credit(b.index(), new CreditLine(b.contentSpan(), b.content(), placement), names));
    }
}
