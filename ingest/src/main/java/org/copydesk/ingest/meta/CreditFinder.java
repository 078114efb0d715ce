package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.lang.Sections;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Finds the visible credits of an article: byline lines at the top ("By …", "Written by …") and credits that
 * close it (a wire agency or a "… News Service" line after the last paragraph).
 */
public final class CreditFinder {

    /** A byline line: "By …", "Written by …", "Author: …", "Von …" in the languages read. */
    private final Pattern byline;
    /** A closing "Reporting by …" line: a credit though it ends like a sentence. */
    private final Pattern reporting;
    private static final Pattern BARE_AGENCY = Pattern.compile("^[\\s(\\[—–-]*([\\p{L}. -]{2,40}?)[\\s)\\]]*$");
    private static final int MAX_BYLINE_WORDS = 16;
    private static final int MAX_CREDIT_WORDS = 6;

    /** A credit line found in a block, with the names it credits. */
    public record Credit(int block, CreditLine line, List<Byline> names) {
    }

    private final WireAgencies agencies;
    private final BylineParser parser;

    /** A finder for credits in any language with word lists. */
    public CreditFinder(WireAgencies agencies) {
        this(agencies, Languages.all());
    }

    /** A finder for credits written in {@code languages} ({@code lang/<code>/byline-markers.txt}). */
    public CreditFinder(WireAgencies agencies, Languages languages) {
        this.agencies = agencies;
        this.parser = new BylineParser(agencies, languages);
        Map<String, List<String>> w = Sections.of(languages.lines("byline-markers"));
        String roles = Sections.alternation(w.getOrDefault("role", List.of()));
        String marker = Sections.alternation(w.getOrDefault("marker", List.of()));
        String label = Sections.alternation(w.getOrDefault("label", List.of()));
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // the names after the marker are capitalised: "Von Montag an" and "Di fronte" open sentences, not bylines
        this.byline = Pattern.compile("^(?:" + roles + "\\s+)?" + marker + "[\\s:]*(?=(?-i:\\p{Lu})|[(\\[@])\\S.*"
                + (label.isEmpty() ? "" : "|^" + label + "\\s*:\\s*\\S.*"), flags);
        this.reporting = Pattern.compile("^(?:additional\\s+)?" + roles + "\\s+" + marker + "[\\s:]*\\S.{0,80}$", flags);
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
            if (b.wordCount() <= MAX_BYLINE_WORDS && byline.matcher(b.content()).matches()) {
                add(out, b, CreditPlacement.TOP);
            }
        }
        return out;
    }

    /** Credits after the article's last paragraph: an agency name or an organisational credit on its own line. */
    public List<Credit> trailing(List<Block> blocks, int after) {
        List<Credit> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.index() > after && b.wordCount() <= MAX_BYLINE_WORDS && reporting.matcher(b.content()).matches()) {
                add(out, b, CreditPlacement.TRAILING);
                continue;
            }
            if (b.index() <= after || b.wordCount() > MAX_CREDIT_WORDS || SentenceShape.endsLikeSentence(b.content())
                    && !b.content().endsWith(")")) {
                continue;
            }
            String c = b.content();
            boolean credit = byline.matcher(c).matches()
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
