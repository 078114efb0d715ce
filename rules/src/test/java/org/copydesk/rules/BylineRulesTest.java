package org.copydesk.rules;

import static org.copydesk.core.BylineKind.AGENCY;
import static org.copydesk.core.BylineKind.ORGANIZATION;
import static org.copydesk.core.BylineKind.PERSON;
import static org.copydesk.core.CreditPlacement.MARKUP;
import static org.copydesk.core.CreditPlacement.TOP;
import static org.copydesk.core.CreditPlacement.TRAILING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.core.Finding;
import org.copydesk.core.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineRulesTest {

    /** An article with the given top credit line and no other credit. */
    private static TestArticle credited(String raw) {
        return TestArticle.builder().headline("Ferry ramp opens").credit(raw, TOP)
                .published(java.time.LocalDate.of(2024, 3, 14))
                .paragraph(TestArticle.FIRST).paragraph(TestArticle.SECOND);
    }

    @Test
    void missing() {
        Check.fires(TestArticle.builder().headline("Ferry ramp opens").paragraph(TestArticle.FIRST), "byline.missing");
        Check.quiet(TestArticle.clean(), "byline.missing");
        Check.quiet(TestArticle.builder().headline("Ferry ramp opens").paragraph(TestArticle.FIRST)
                .byline("Jane Roe", PERSON, MARKUP), "byline.missing");
    }

    @Test
    void agencyOnly() {
        Check.fires(credited("By (AFP)").byline("AFP", AGENCY, TOP), "byline.agency-only");
        Check.fires(credited("Northern Valley News Service")
                .byline("Northern Valley News Service", ORGANIZATION, TRAILING), "byline.agency-only");
        Check.quiet(credited("By Jane Roe and John Doe, Associated Press").byline("Jane Roe", PERSON, TOP)
                .byline("John Doe", PERSON, TOP).byline("Associated Press", AGENCY, TOP), "byline.agency-only");
        // A desk credit is not wire copy.
        Check.quiet(credited("By Staff Reporter").byline("Staff Reporter", ORGANIZATION, TOP), "byline.agency-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By ()", "By Jane Roe September 26, 2011", "By Jane Roe jane.roe@example.org",
        "By Jane Roe https://example.org/staff/jroe", "By Jane Roe @janeroe", "By Jane Roe Follow",
        "By Jane Roe | Updated", "By Jane Roe EXCLUSIVE", "By Jane Roe,", "By Jane Roe |"})
    void malformed(String raw) {
        List<Finding> f = Check.fires(credited(raw).byline("Jane Roe", PERSON, TOP), "byline.malformed");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("credit line \""), f.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By (AFP)", "By Jane Roe and John Doe, Associated Press", "By JANE ROE",
        "By Jane Roe Jr.", "By Jane Roe III", "Jane Roe, ANSA", "Additional reporting by Jane Roe; editing by John Doe",
        "By Jane Roe-Smith and Seán Ó Briain", "Reporting by J. R. Roe in Millbrook",
        "Posted by Jane Roe, Staff Writer", "— Reuters"})
    void wellFormedCreditsAreQuiet(String raw) {
        Check.quiet(credited(raw).byline("Jane Roe", PERSON, TOP), "byline.malformed");
    }

    @Test
    void trailingCredit() {
        TestArticle trailing = TestArticle.builder().headline("Ferry ramp opens").paragraph(TestArticle.FIRST)
                .credit("— Jane Roe", TRAILING).byline("Jane Roe", PERSON, TRAILING);
        Check.fires(trailing, "byline.trailing-credit");
        Check.quiet(TestArticle.clean().credit("— Reuters", TRAILING).byline("Reuters", AGENCY, TRAILING),
                "byline.trailing-credit");
    }

    @Test
    void conflictBetweenMarkupAndVisibleByline() {
        Check.fires(TestArticle.clean().byline("Peter Brand", PERSON, MARKUP), "byline.conflict");
        Check.quiet(TestArticle.clean().byline("Roe, Jane", PERSON, MARKUP), "byline.conflict");
        Check.quiet(TestArticle.clean().byline("J. Roe", PERSON, MARKUP), "byline.conflict");
    }

    @Test
    void conflictBetweenBylineAgencyAndAttributedAgency() {
        String said = "\"We will not move the terminal,\" the port director told Reuters on the quay.";
        TestArticle afp = credited("By Jane Roe (AFP)").byline("Jane Roe", PERSON, TOP).byline("AFP", AGENCY, TOP)
                .paragraph(said).quote("\"We will not move the terminal,\"", "the port director", SpeakerKind.NAMED,
                        "told", "Reuters")
                .attribution("the port director told Reuters", "told", "the port director", SpeakerKind.NAMED,
                        true, "Reuters");
        Finding f = Check.fires(afp, "byline.conflict").get(0);
        assertEquals("the byline credits AFP but this statement credits Reuters", f.message());
        TestArticle own = credited("By Jane Roe (AFP)").byline("Jane Roe", PERSON, TOP).byline("AFP", AGENCY, TOP)
                .paragraph("The port director told AFP the terminal would stay.")
                .attribution("The port director told AFP", "told", "The port director", SpeakerKind.NAMED, false,
                        "Agence France-Presse");
        Check.quiet(own, "byline.conflict");
    }
}
