package org.copydesk.rules.provenance;

import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.DateValue;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Provenance;
import org.copydesk.core.Provenance.Relation;
import org.copydesk.core.Span;
import org.copydesk.core.WireAgencies;

/**
 * A run's documents compared with each other: which share text, in which direction it went, and which stories
 * they make up. Each document is kept as an {@link Entry} (its fingerprints and publication time, never its
 * text); candidate pairs come from shared fingerprints ({@link CandidatePairs}), and only their bodies are read
 * again ({@link Bodies}) to measure the shared text exactly ({@link SharedText}). A pair is related when at least
 * {@link Settings#minShare} of either body is shared text outside quotations. The later document is the copy
 * when the two publication times, each known to the minute or only to the day and zone, cannot overlap; else the
 * pair only shares passages. Each copy hangs from the earlier document holding the largest share of it, and
 * every tree of that forest is a story whose root is its origin. The result depends only on the entries' order,
 * which the caller fixes (by report name), never on threads or timing.
 */
public final class CorpusPass {

    /** How documents are compared: shingle and window lengths in words, pairing and relation thresholds. */
    /** "Most of the body": the share of a copy that must come from one source for a missing credit to matter. */
    public static final double MOST = 0.5;

    public record Settings(int shingle, int window, int minShared, int maxPosting, double minShare) {
        /**
         * Eight-word shingles in windows of twelve: any shared passage of 19 words is found. Two shared
         * fingerprints make a candidate; a fingerprint in more than 200 documents links none; a tenth of either
         * body, outside quotations, makes a relation.
         */
        public static final Settings DEFAULTS = new Settings(8, 12, 2, 200, 0.1);
    }

    /** When a document was published, as an interval of epoch seconds: a date without a time or zone is wide. */
    public record Published(long from, long to) {
        public static final Published UNKNOWN = new Published(Long.MIN_VALUE, Long.MAX_VALUE);
        /** The widest a local time can be from UTC: zones run from UTC-12 to UTC+14. */
        private static final long ZONES = 14 * 3600L;

        /**
         * The chosen publication date of {@code article}, made as precise as its agreeing candidates allow: a
         * page that shows "10:12" and marks up "10:12-05:00" was published at 15:12 UTC, not somewhere in a day.
         */
        public static Published of(ArticleMetadata article) {
            DateValue chosen = article.published();
            if (chosen == null || chosen.offset() != null) {
                return of(chosen);
            }
            List<DateValue> candidates = new ArrayList<>(article.publishedCandidates());
            article.publishedRejected().forEach(r -> candidates.add(r.value()));
            for (DateValue c : candidates) {
                boolean agrees = c.offset() != null && c.date().equals(chosen.date())
                        && (chosen.time() == null || sameMinute(c.time(), chosen.time()));
                if (agrees) {
                    return of(c);
                }
            }
            return of(chosen);
        }

        private static boolean sameMinute(LocalTime a, LocalTime b) {
            return a.getHour() == b.getHour() && a.getMinute() == b.getMinute();
        }

        public static Published of(DateValue d) {
            if (d == null) {
                return UNKNOWN;
            }
            if (d.time() == null) {
                long day = d.date().toEpochDay() * 86_400L;
                return new Published(day - ZONES, day + 86_400L + ZONES);
            }
            long local = d.date().atTime(d.time()).toEpochSecond(ZoneOffset.UTC);
            if (d.offset() == null) {
                return new Published(local - ZONES, local + ZONES);
            }
            long t = d.date().atTime(d.time()).toEpochSecond(d.offset());
            return new Published(t, t);
        }

        /** Whether this was surely published before {@code other}. */
        boolean before(Published other) {
            return this != UNKNOWN && other != UNKNOWN && to < other.from;
        }
    }

    /**
     * What the pass keeps of one document: its name in the run, its path, its fingerprints, its time and the
     * agencies it credits ({@link Credits}).
     */
    public record Entry(String name, String path, long[] fingerprints, Published published, List<String> credits) {
        public Entry {
            credits = List.copyOf(credits);
        }
    }

    /** The entry of a checked document named {@code name} in the run. */
    public static Entry entry(String name, ExtractedDocument doc, Settings settings, WireAgencies agencies) {
        long[] prints = Shingles.winnow(Shingles.hashes(BodyWords.of(doc.body()), settings.shingle()),
                settings.window());
        return new Entry(name, doc.source().path(), prints, Published.of(doc.article()), Credits.of(doc, agencies));
    }

    /** A copy that does not credit where its text came from: the source, the share of the copy, its credits. */
    public record UncreditedCopy(String source, double share, List<String> sourceCredits) {
    }

    /**
     * The uncredited copy among {@code entries}: a document most of whose body (at least {@link #MOST}) comes
     * from the earlier one it hangs from, and that credits none of the agencies the source credits, or
     * credits nothing at all when the source credits no agency (the source's outlet is then what it owes).
     */
    public static List<Optional<UncreditedCopy>> uncredited(List<Entry> entries, Result result) {
        Map<String, Entry> byPath = new HashMap<>();
        entries.forEach(e -> byPath.putIfAbsent(e.path(), e));
        List<Optional<UncreditedCopy>> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String from = result.sources().get(i);
            Link source = from == null ? null : result.related().get(i).stream()
                    .filter(l -> l.path().equals(from)).findFirst().orElse(null);
            out.add(source == null ? Optional.empty()
                    : uncredited(entries.get(i).credits(), source, byPath.get(source.path()).credits()));
        }
        return out;
    }

    /**
     * Whether a copy crediting {@code mine} owes its {@code source} (crediting {@code theirs}) a credit it does
     * not give: the source holds at least {@link #MOST} of it, and the copy credits none of the source's agencies,
     * or nothing at all when the source credits no agency.
     */
    public static Optional<UncreditedCopy> uncredited(List<String> mine, Link source, List<String> theirs) {
        boolean owed = source.sharedText() >= MOST
                && (theirs.isEmpty() ? mine.isEmpty() : Collections.disjoint(theirs, mine));
        return owed ? Optional.of(new UncreditedCopy(source.path(), source.sharedText(), theirs))
                : Optional.empty();
    }

    /** The direct quotes of the entry at an index of the pass's list, as {@link QuoteChanges} compares them. */
    public interface Quotes {
        List<QuoteChanges.Said> quotes(int index) throws IOException;
    }

    /**
     * What the pass found about each entry, as its report gives it: its relatives (shares rounded to three
     * decimals), the source it owes a credit and the quotes it changed from its source. The quotes are read for
     * the copies and their sources only.
     */
    public static List<Provenance> provenance(List<Entry> entries, Result result, Quotes quotes)
            throws IOException {
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byPath.putIfAbsent(entries.get(i).path(), i);
        }
        List<Optional<UncreditedCopy>> owed = uncredited(entries, result);
        List<Provenance> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            List<Link> links = result.related().get(i);
            String source = result.sources().get(i);
            if (links.isEmpty()) {
                out.add(Provenance.NONE);
                continue;
            }
            List<Provenance.AlteredQuote> altered = List.of();
            if (source != null) {
                altered = altered(quotes.quotes(i), source, quotes.quotes(byPath.get(source)));
            }
            out.add(of(links, owed.get(i).orElse(null), altered));
        }
        return out;
    }

    /** The quotes of a copy ({@code mine}) changed from those of {@code source} ({@code theirs}), in text order. */
    public static List<Provenance.AlteredQuote> altered(List<QuoteChanges.Said> mine, String source,
            List<QuoteChanges.Said> theirs) {
        return QuoteChanges.between(mine, theirs).stream()
                .map(c -> new Provenance.AlteredQuote(new Span(c.copy().start(), c.copy().end()), c.copy().text(),
                        c.copy().speaker(), source, c.source().text(), c.source().speaker(),
                        c.kind() == QuoteChanges.Kind.SPEAKER))
                .sorted(Comparator.comparing(Provenance.AlteredQuote::span))
                .toList();
    }

    /** A document's provenance from its links (strongest first), the credit it owes and its changed quotes. */
    public static Provenance of(List<Link> links, UncreditedCopy owed, List<Provenance.AlteredQuote> altered) {
        List<Provenance.Relative> related = links.stream()
                .map(l -> new Provenance.Relative(l.path(), rounded(l.sharedText()), l.relation())).toList();
        Provenance.Source source = owed == null ? null
                : new Provenance.Source(owed.source(), rounded(owed.share()), owed.sourceCredits());
        return new Provenance(related, source, altered);
    }

    /** A share as reports give it: three decimals. */
    public static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /** The body of the entry at an index of the pass's list, read again for the candidate pairs only. */
    public interface Bodies {
        String body(int index) throws IOException;
    }

    /** One document related to another: its path, the share of the other's body found in it, and how. */
    public record Link(String path, double sharedText, Relation relation) {
    }

    /** Documents that carry one story, and the one it started from. */
    public record Cluster(List<String> documents, String origin) {
    }

    /**
     * Per entry (in the pass's order) its links, strongest first, and the earlier document it hangs from (the
     * one holding most of it, the earliest on a tie; {@code null} for a story's origin or a document alone); the
     * stories of two documents or more.
     */
    public record Result(List<List<Link>> related, List<String> sources, List<Cluster> clusters) {
    }

    private CorpusPass() {
    }

    public static Result run(List<Entry> entries, Bodies bodies, Settings settings) throws IOException {
        int n = entries.size();
        CandidatePairs candidates = new CandidatePairs();
        for (Entry e : entries) {
            candidates.add(e.fingerprints());
        }
        long[] from = new long[n];
        for (int i = 0; i < n; i++) {
            from[i] = entries.get(i).published().from();
        }
        CandidatePairs.Pairs pairs = candidates.pairs(settings.minShared(), settings.maxPosting(), from);
        List<List<Link>> related = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            related.add(new ArrayList<>());
        }
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        double[] parentShare = new double[n];
        BodyCache cache = new BodyCache(bodies, settings.shingle());
        for (int p = 0; p < pairs.size(); p++) {
            int a = pairs.first(p);
            int b = pairs.second(p);
            Optional<Pair> pair = relate(entries.get(a), entries.get(b), cache.body(a), cache.body(b), settings);
            if (pair.isEmpty()) {
                continue;
            }
            Link ab = pair.get().first();
            Link ba = pair.get().second();
            related.get(a).add(ab);
            related.get(b).add(ba);
            if (ab.relation() == Relation.COPY_OF) {
                hang(a, b, ab.sharedText(), parent, parentShare, entries);
            } else if (ba.relation() == Relation.COPY_OF) {
                hang(b, a, ba.sharedText(), parent, parentShare, entries);
            }
        }
        related.replaceAll(links -> links.stream().sorted(STRONGEST).toList());
        List<String> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(parent[i] < 0 ? null : entries.get(parent[i]).path());
        }
        return new Result(related, Collections.unmodifiableList(sources), clusters(entries, parent));
    }

    /** Links strongest first, by path on a tie. */
    public static final Comparator<Link> STRONGEST = Comparator.comparingDouble(Link::sharedText).reversed()
            .thenComparing(Link::path);

    /** A related pair: the first document's link to the second, and the second's to the first. */
    public record Pair(Link first, Link second) {
    }

    /**
     * Whether two candidate documents are related, measured on their bodies made ready: at least
     * {@link Settings#minShare} of either body is shared text outside quotations. The later is the copy when
     * their publication times cannot overlap.
     */
    public static Optional<Pair> relate(Entry a, Entry b, SharedText.Measured bodyA, SharedText.Measured bodyB,
            Settings settings) {
        SharedText.Overlap o = SharedText.measure(bodyA, bodyB);
        if (o.unquoted() < settings.minShare()) {
            return Optional.empty();
        }
        Published pa = a.published();
        Published pb = b.published();
        Relation ra = pb.before(pa) ? Relation.COPY_OF : pa.before(pb) ? Relation.COPIED_BY
                : Relation.SHARES_PASSAGES;
        return Optional.of(new Pair(new Link(b.path(), o.shareA(), ra),
                new Link(a.path(), o.shareB(), ra.seenFromTheOther())));
    }

    /**
     * Whether a copy should hang from source {@code s} (holding {@code share} of it) rather than from {@code p}
     * (holding {@code present}): it holds more, or as much and was published first (by the start of its
     * interval), or as much at the same time with the smaller name. A total order, so the forest does not
     * depend on the order pairs are measured in.
     */
    public static boolean prefer(double share, Entry s, double present, Entry p) {
        return prefer(share, s.published().from(), s.name(), present, p.published().from(), p.name());
    }

    /** {@link #prefer(double, Entry, double, Entry)} given each source's publication start and name. */
    public static boolean prefer(double share, long from, String name, double present, long presentFrom,
            String presentName) {
        if (share != present) {
            return share > present;
        }
        int byTime = Long.compare(from, presentFrom);
        return byTime < 0 || byTime == 0 && name.compareTo(presentName) < 0;
    }

    private static void hang(int copy, int source, double share, int[] parent, double[] parentShare,
            List<Entry> entries) {
        int present = parent[copy];
        if (present < 0 || prefer(share, entries.get(source), parentShare[copy], entries.get(present))) {
            parent[copy] = source;
            parentShare[copy] = share;
        }
    }

    /** Each tree of the forest of two documents or more, in the order of its origin; members in entry order. */
    private static List<Cluster> clusters(List<Entry> entries, int[] parent) {
        Map<Integer, List<String>> byRoot = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            // parents are always published earlier, so a chain is finite; the bound guards against a cycle
            int root = i;
            for (int steps = 0; parent[root] >= 0 && steps < parent.length; steps++) {
                root = parent[root];
            }
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(entries.get(i).path());
        }
        List<Cluster> out = new ArrayList<>();
        byRoot.forEach((root, docs) -> {
            if (docs.size() > 1) {
                out.add(new Cluster(List.copyOf(docs), entries.get(root).path()));
            }
        });
        return out;
    }

    /** The bodies read so far, made ready: a document in many candidate pairs is read, split and hashed once. */
    private static final class BodyCache {
        private final Bodies bodies;
        private final int shingle;
        private final Map<Integer, SharedText.Measured> ready = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, SharedText.Measured> eldest) {
                return size() > 256; // pairs come sorted by their first document: recent bodies come back
            }
        };

        BodyCache(Bodies bodies, int shingle) {
            this.bodies = bodies;
            this.shingle = shingle;
        }

        SharedText.Measured body(int index) throws IOException {
            SharedText.Measured m = ready.get(index);
            if (m == null) {
                m = new SharedText.Measured(BodyWords.of(bodies.body(index)), shingle);
                ready.put(index, m);
            }
            return m;
        }
    }
}
