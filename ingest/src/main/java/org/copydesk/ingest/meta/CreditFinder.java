package org.copydesk.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditLine;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.dates.DateParser;
import org.copydesk.ingest.lang.Languages;
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
    /** What separates a name from the date beside it: "Jane Roe | 3 May 2021", "03.05.2021 - Jane Roe". */
    private static final Pattern BESIDE = Pattern.compile("\\s+[-–—|•·/]\\s+|\\s*[|•·]\\s*");
    /** A bare name of two to four capitalised words. */
    private static final Pattern BARE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]*\\p{Ll})){1,3}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_BYLINE_WORDS = 16;
    private static final int MAX_DATED_WORDS = 20;
    private static final int MAX_CREDIT_WORDS = 6;

    /** A credit line found in a block, with the names it credits. */
    public record Credit(int block, CreditLine line, List<Byline> names) {
    }

    /** A marker inside a dated line: "Fri | 14 June 2019 | 15:49 BY Jane Roe IN Style", "3 mai 2021 par Jean Roe". */
    private final Pattern markerInside;
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
        BylineMarkers m = BylineMarkers.of(languages);
        String roles = m.roles();
        String marker = m.marker();
        String label = m.label();
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // the names after the marker are capitalised: "Von Montag an" and "Di fronte" open sentences, not bylines
        this.byline = Pattern.compile("^(?:" + roles + "\\s+)?" + marker + "[\\s:]*(?=(?-i:\\p{Lu})|[(\\[@])\\S.*"
                + (label.isEmpty() ? "" : "|^" + label + "\\s*:\\s*\\S.*"), flags);
        // after the date or a separator, not after a word: "A post shared by …" is an embed's caption
        this.markerInside = Pattern.compile("(?<=[\\d|•·,;:)–—-]\\s{1,3})" + marker + "\\s+(?=(?-i:\\p{Lu}))",
                flags);
        this.reporting = Pattern.compile("^(?:additional\\s+)?" + roles + "\\s+" + marker + "[\\s:]*\\S.{0,80}$", flags);
    }

    public BylineParser parser() {
        return parser;
    }

    /**
     * A top byline: a short block that opens with "By" (or "Written by", "Author:"); failing that, the one
     * dated line of the head that names a person beside its date ({@link #datedCredit}).
     */
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
        List<Credit> dated = new ArrayList<>();
        for (Block b : blocks) {
            if (!out.isEmpty() || b.index() > before) {
                break;
            }
            if (b.wordCount() <= MAX_DATED_WORDS && DIGIT.matcher(b.content()).find()) {
                datedCredit(b.content()).ifPresent(c -> {
                    List<Byline> people = parser.parse(c, CreditPlacement.TOP, b.contentSpan()).stream()
                            .filter(n -> n.kind() == BylineKind.PERSON).toList();
                    if (!people.isEmpty()) {
                        dated.add(new Credit(b.index(), new CreditLine(b.contentSpan(), b.content(),
                                CreditPlacement.TOP), people));
                    }
                });
            }
        }
        if (dated.size() == 1) {
            out.addAll(dated); // several are a list of dated items (events, teasers), not the article's byline
        }
        return out;
    }

    /**
     * The credit inside a date line: from a marker in its middle ("14 June 2019 | 15:49 BY Jane Roe IN Style"),
     * or a bare name beside the date and nothing else ("Jane Roe | 3 May 2021", "03.05.2021 - Jane Roe").
     */
    Optional<String> datedCredit(String line) {
        Matcher m = markerInside.matcher(line);
        if (m.find()) {
            return Optional.of(line.substring(m.start()));
        }
        String[] parts = BESIDE.split(line.strip());
        if (parts.length != 2) {
            return Optional.empty(); // "03.05.2021 - Band - Venue" lists events, it credits nobody
        }
        String name = null;
        boolean dated = false;
        for (String p : parts) {
            if (BARE_NAME.matcher(p.strip()).matches()) {
                if (name != null) {
                    return Optional.empty();
                }
                name = p.strip();
            } else if (DateParser.parse(p).isPresent()) {
                dated = true;
            }
        }
        return dated && name != null ? Optional.of(name) : Optional.empty();
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
