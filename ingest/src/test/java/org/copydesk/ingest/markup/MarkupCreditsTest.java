package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.Span;
import org.copydesk.core.WireAgencies;
import org.copydesk.ingest.markup.MarkupClaim.Field;
import org.copydesk.ingest.meta.BylineParser;
import org.junit.jupiter.api.Test;

/** How markup credits and visible bylines are combined, and when both are kept for byline.conflict. */
class MarkupCreditsTest {

    private final MarkupCredits credits = new MarkupCredits(new BylineParser(WireAgencies.builtIn()));

    private static Byline top(String name, int line) {
        return new Byline(name, BylineKind.PERSON, CreditPlacement.TOP, new Span(line * 100, line * 100 + 20));
    }

    private static MarkupClaim author(String name, String source) {
        return new MarkupClaim(Field.AUTHOR, name, source, null);
    }

    private static String show(List<Byline> bylines) {
        return String.join(", ", bylines.stream().map(b -> b.name() + "/" + b.placement().id()).toList());
    }

    @Test
    void aConfirmedVisibleBylineTakesTheMarkupSpellingAndKeepsItsPlace() {
        List<Byline> got = credits.combine(List.of(top("Rhea SolbergPublished", 1)), List.of(),
                List.of(author("Rhea Solberg", "json-ld")));
        assertEquals("Rhea Solberg/top", show(got));
        assertEquals(new Span(100, 120), got.get(0).span());
    }

    @Test
    void markupOnlyPeopleAndTeaserBylinesAreLeftOutOnceTheBylineIsConfirmed() {
        List<Byline> got = credits.combine(List.of(top("Rhea Solberg", 1), top("Kit Amundsen", 5)), List.of(),
                List.of(author("Rhea Solberg", "json-ld"), author("Vera Photo", "json-ld")));
        assertEquals("Rhea Solberg/top", show(got));
    }

    @Test
    void aRealDisagreementKeepsBothForTheConflictRule() {
        List<Byline> got = credits.combine(List.of(top("Rhea Solberg", 1)), List.of(),
                List.of(author("Magnus Tveit", "json-ld")));
        assertEquals("Rhea Solberg/top, Magnus Tveit/markup", show(got));
    }

    @Test
    void theMostTrustedSourceNamingAPersonWins() {
        List<Byline> got = credits.combine(List.of(), List.of(), List.of(author("Harbor Desk", "json-ld"),
                author("Ines Morell", "meta:author"), author("Someone Else", "byline-class")));
        assertEquals("Ines Morell/markup", show(got));
    }

    @Test
    void metaTagsListingEveryAuthorWidenTheJsonLdFirstAuthor() {
        List<Byline> got = credits.combine(List.of(), List.of(), List.of(author("Ines Morell", "json-ld"),
                author("Ines Morell, Pavel Urban", "meta:author")));
        assertEquals("Ines Morell/markup, Pavel Urban/markup", show(got));
    }

    @Test
    void thePublicationsOwnNameIsNoBylineAndGivesWayToAPerson() {
        List<MarkupClaim> claims = List.of(new MarkupClaim(Field.PUBLISHER, "Fjord Post", "meta:og:site_name", null),
                author("Fjord Post", "json-ld"));
        assertEquals("", show(credits.combine(List.of(), List.of(), claims)));
        List<MarkupClaim> desk = List.of(new MarkupClaim(Field.PUBLISHER, "Fjord Post", "meta:og:site_name", null),
                author("Harbour Desk", "json-ld"));
        assertEquals("Harbour Desk/markup", show(credits.combine(List.of(), List.of(), desk)));
        List<Byline> got = credits.combine(List.of(top("Ines Morell", 1)), List.of(), claims);
        assertEquals("Ines Morell/top", show(got));
    }

    @Test
    void aTrailingAgencyJoinsThePeopleOtherTrailingCreditsOnlyWhenNothingElse() {
        Byline trailing = new Byline("Reuters", BylineKind.AGENCY, CreditPlacement.TRAILING, new Span(900, 907));
        assertEquals("Reuters/trailing", show(credits.combine(List.of(), List.of(trailing), List.of())));
        assertEquals("Ines Morell/markup, Reuters/trailing", show(credits.combine(List.of(), List.of(trailing),
                List.of(author("Ines Morell", "meta:author")))));
        Byline desk = new Byline("Harbour Desk", BylineKind.ORGANIZATION, CreditPlacement.TRAILING, new Span(900, 912));
        assertEquals("Harbour Desk/trailing", show(credits.combine(List.of(), List.of(desk), List.of())));
        assertEquals("Ines Morell/markup", show(credits.combine(List.of(), List.of(desk),
                List.of(author("Ines Morell", "meta:author")))));
    }

    private static MarkupClaim of(Field field, String value, String source) {
        return new MarkupClaim(field, value, source, null);
    }

    @Test
    void anAuthorFieldHoldingThePublicationAsWrittenCreditsNobody() {
        List<MarkupClaim> claims = List.of(author("Fjord Radio (www.fjordradio.example)", "meta:author"),
                of(Field.PUBLISHER, "Fjord Radio (www.fjordradio.example)", "meta:publisher"));
        assertEquals("", show(credits.combine(List.of(), List.of(), claims)));
        List<MarkupClaim> other = List.of(author("Fjord Radio (www.fjordradio.example)", "meta:author"),
                of(Field.PUBLISHER, "Nordkapp Avis", "meta:publisher"));
        assertEquals("Fjord Radio/markup", show(credits.combine(List.of(), List.of(), other)));
    }

    @Test
    void theSitesAddressNamesThePublicationButNotThePersonAPersonalSiteIsNamedAfter() {
        MarkupClaim address = of(Field.URL, "https://www.fjordbladet.example/2021/05/story", "link:canonical");
        assertEquals("", show(credits.combine(List.of(), List.of(),
                List.of(author("Fjordbladet Hamar", "meta:author"), address))));
        assertEquals("", show(credits.combine(List.of(), List.of(),
                List.of(author("Fjordbladet.example", "meta:author"), address))));
        MarkupClaim own = of(Field.URL, "https://inesmorell.example/notes/one", "link:canonical");
        assertEquals("Ines Morell/markup", show(credits.combine(List.of(), List.of(),
                List.of(author("Ines Morell", "meta:author"), own))));
    }

    @Test
    void aPersonTypedAuthorWhoIsAlsoThePublisherIsThePersonalSitesAuthor() {
        List<MarkupClaim> claims = List.of(new MarkupClaim(Field.AUTHOR, "Ines Morell", "json-ld", "Person"),
                of(Field.PUBLISHER, "Ines Morell", "json-ld"));
        assertEquals("Ines Morell/markup", show(credits.combine(List.of(), List.of(), claims)));
        List<MarkupClaim> untyped = List.of(author("Fjord Post", "meta:author"),
                of(Field.PUBLISHER, "Fjord Post", "json-ld"));
        assertEquals("", show(credits.combine(List.of(), List.of(), untyped)));
    }

    @Test
    void aVisibleCreditAtTheFootBeatsThePublicationsNameInMarkup() {
        Byline foot = new Byline("Ines Morell", BylineKind.PERSON, CreditPlacement.TRAILING, new Span(900, 911));
        List<MarkupClaim> claims = List.of(new MarkupClaim(Field.AUTHOR, "Fjord Post", "json-ld", "Organization"));
        assertEquals("Ines Morell/trailing", show(credits.combine(List.of(), List.of(foot), claims)));
    }

    @Test
    void aVisibleDeskBylineInThePublicationsNameStays() {
        Byline desk = new Byline("Fjord Post Staff", BylineKind.ORGANIZATION, CreditPlacement.TOP, new Span(100, 116));
        List<MarkupClaim> claims = List.of(of(Field.PUBLISHER, "Fjord Post", "meta:og:site_name"));
        assertEquals("Fjord Post Staff/top", show(credits.combine(List.of(desk), List.of(), claims)));
    }

    @Test
    void thePublicationNamesOfThePageComeFromItsMarkupHints() {
        MarkupMetadata hints = new MarkupMetadata(null, null, List.of(author("Fjord Post", "meta:author")), List.of(),
                List.of(), List.of(author("Fjord Post", "meta:author"),
                        of(Field.PUBLISHER, "Fjord Post", "meta:og:site_name")));
        assertEquals("", show(credits.combine(List.of(), List.of(), hints)));
    }

    @Test
    void dublinCoreNamesWithTheFamilyNameFirstAreTurnedRound() {
        assertEquals("Pieter de Vos/markup", show(credits.combine(List.of(), List.of(),
                List.of(author("Vos, Pieter de", "meta:dc.creator")))));
        assertEquals("Jane K. Roe/markup", show(credits.combine(List.of(), List.of(),
                List.of(author("Roe, Jane K.", "meta:citation_author")))));
        assertEquals("Roe/markup, Jane/markup", show(credits.combine(List.of(), List.of(),
                List.of(author("Roe, Jane", "meta:author")))));
    }
}
