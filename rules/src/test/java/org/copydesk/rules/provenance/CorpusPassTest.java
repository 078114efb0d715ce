package org.copydesk.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.DateValue;
import org.copydesk.core.Provenance;
import org.copydesk.core.RejectedDate;
import org.junit.jupiter.api.Test;

class CorpusPassTest {

    private static final CorpusPass.Settings S = CorpusPass.Settings.DEFAULTS;
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    private final List<CorpusPass.Entry> entries = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();

    private void add(String path, String body, CorpusPass.Published published) {
        add(path, body, published, List.of());
    }

    private void add(String path, String body, CorpusPass.Published published, List<String> credits) {
        long[] prints = Shingles.winnow(Shingles.hashes(BodyWords.of(body), S.shingle()), S.window());
        entries.add(new CorpusPass.Entry(path, path, prints, published, credits));
        bodies.add(body);
    }

    private CorpusPass.Result run() throws IOException {
        return CorpusPass.run(entries, bodies::get, S);
    }

    private static CorpusPass.Published at(int hour) {
        return CorpusPass.Published.of(new DateValue(DAY, LocalTime.of(hour, 0), ZoneOffset.UTC, "test", null));
    }

    @Test
    void laterCopiesOfAStoryAreCopiesOfItAndItIsTheirOrigin() throws IOException {
        Random random = new Random(1);
        String story = ShinglesTest.text(random, 200);
        add("wire.html", story, at(9));
        add("unrelated.html", ShinglesTest.text(random, 150), at(8));
        add("verbatim.html", story, at(11));
        add("trimmed.html", story.substring(0, story.length() / 2), at(10));
        CorpusPass.Result r = run();
        assertEquals(List.of("verbatim.html", "trimmed.html"), r.related().get(0).stream()
                .map(CorpusPass.Link::path).toList(), "strongest first");
        assertEquals(Provenance.Relation.COPIED_BY, r.related().get(0).get(0).relation());
        assertEquals(0, r.related().get(1).size());
        CorpusPass.Link trimmedToWire = r.related().get(3).stream().filter(l -> l.path().equals("wire.html"))
                .findFirst().orElseThrow();
        assertEquals(Provenance.Relation.COPY_OF, trimmedToWire.relation());
        assertEquals(1.0, trimmedToWire.sharedText(), 0.01);
        assertEquals(1, r.clusters().size());
        assertEquals("wire.html", r.clusters().get(0).origin());
        assertEquals(List.of("wire.html", "verbatim.html", "trimmed.html"), r.clusters().get(0).documents());
    }

    @Test
    void withoutKnownTimesTwoBodiesOnlySharePassages() throws IOException {
        String story = ShinglesTest.text(new Random(2), 120);
        add("a.html", story, CorpusPass.Published.UNKNOWN);
        add("b.html", story, at(10));
        CorpusPass.Result r = run();
        assertEquals(Provenance.Relation.SHARES_PASSAGES, r.related().get(0).get(0).relation());
        assertEquals(Provenance.Relation.SHARES_PASSAGES, r.related().get(1).get(0).relation());
        assertTrue(r.clusters().isEmpty());
    }

    @Test
    void outletsQuotingOneStatementAreNotRelated() throws IOException {
        Random random = new Random(3);
        String statement = "“" + ShinglesTest.text(random, 40) + "”";
        add("first.html", ShinglesTest.text(random, 80) + " the minister said " + statement + " "
                + ShinglesTest.text(random, 80), at(9));
        add("second.html", ShinglesTest.text(random, 60) + " she told reporters " + statement + " "
                + ShinglesTest.text(random, 90), at(12));
        CorpusPass.Result r = run();
        assertTrue(r.related().get(0).isEmpty() && r.related().get(1).isEmpty(), r.toString());
    }

    @Test
    void aCopyHangsFromTheDocumentHoldingMostOfIt() throws IOException {
        Random random = new Random(4);
        String x = ShinglesTest.text(random, 150);
        String y = ShinglesTest.text(random, 150);
        add("x.html", x, at(8));
        add("y.html", y, at(9));
        add("merged.html", x + "\n\n" + y.substring(0, y.length() / 3), at(12));
        CorpusPass.Result r = run();
        assertEquals(List.of(new CorpusPass.Cluster(List.of("x.html", "merged.html"), "x.html")), r.clusters());
        assertEquals(2, r.related().get(2).size(), "the merged page is related to both stories");
    }

    @Test
    void aShownLocalTimeTakesTheOffsetOfTheMarkupThatAgreesWithIt() {
        DateValue shown = new DateValue(DAY, LocalTime.of(10, 12), null, "visible", null);
        DateValue marked = new DateValue(DAY, LocalTime.of(10, 12), ZoneOffset.ofHours(-5), "time", null);
        ArticleMetadata article = new ArticleMetadata(null, null, null, null, List.of(), List.of(), shown, null, null,
                List.of(shown), List.of(new RejectedDate(marked, "the same day")), null);
        CorpusPass.Published p = CorpusPass.Published.of(article);
        long utc = DAY.atTime(15, 12).toEpochSecond(ZoneOffset.UTC);
        assertEquals(new CorpusPass.Published(utc, utc), p);
        CorpusPass.Published dayOnly = CorpusPass.Published.of(new DateValue(DAY, null, null, "url", null));
        assertTrue(dayOnly.to() - dayOnly.from() > 86_400, "a date alone spans its day in every zone");
    }

    @Test
    void aCopyThatDropsTheSourcesAgencyIsUncreditedAndOneThatKeepsItIsNot() throws IOException {
        Random random = new Random(6);
        String story = ShinglesTest.text(random, 200);
        add("wire.html", story, at(8), List.of("AP"));
        add("kept.html", story, at(9), List.of("AP"));
        add("dropped.html", story + " " + ShinglesTest.text(random, 30), at(10), List.of());
        add("other-agency.html", story, at(11), List.of("Reuters"));
        add("small-part.html", story.substring(0, story.length() / 5) + " " + ShinglesTest.text(random, 200),
                at(12), List.of());
        List<Optional<CorpusPass.UncreditedCopy>> u = CorpusPass.uncredited(entries, run());
        assertTrue(u.get(0).isEmpty() && u.get(1).isEmpty(), "the source, and a copy that credits it");
        assertEquals("wire.html", u.get(2).orElseThrow().source());
        assertEquals(List.of("AP"), u.get(2).orElseThrow().sourceCredits());
        assertTrue(u.get(3).isPresent(), "another agency's credit is not the source's");
        assertTrue(u.get(4).isEmpty(), "a fifth of a body is not most of it");
    }

    @Test
    void aCopyOfAnUncreditedEarlierPageMustCreditSomething() throws IOException {
        String story = ShinglesTest.text(new Random(8), 150);
        add("first.html", story, at(8));
        add("bare-copy.html", story, at(9));
        add("credited-copy.html", story, at(10), List.of("AFP"));
        List<Optional<CorpusPass.UncreditedCopy>> u = CorpusPass.uncredited(entries, run());
        assertTrue(u.get(1).isPresent());
        assertTrue(u.get(2).isEmpty());
    }

    @Test
    void onATieTheEarlierSourceAndThenTheSmallerNameIsTheParent() throws IOException {
        String story = ShinglesTest.text(new Random(12), 150);
        add("b-wire.html", story, at(8));
        add("a-wire.html", story, at(8));
        add("late-wire.html", story, at(9));
        add("copy.html", story, at(12));
        CorpusPass.Result r = run();
        assertEquals("a-wire.html", r.sources().get(3), "same share, same time: the smaller name");
        assertEquals("a-wire.html", r.sources().get(2));
    }
}
