package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase family files ({@code lang/<code>/boilerplate/<category>.txt}) against {@link BoilerplateCategory}, the
 * one list of categories, and against ordinary prose: each file's examples are recognised as its category in its
 * own language, English has every category, no file is left that no category reads, and news sentences that
 * mention furniture words in passing are not taken for furniture.
 */
class PhraseFilesTest {

    private static final String EXAMPLE = "# example:";

    /**
     * News sentences in each language, written for this test, that mention cookies, donations, subscribers,
     * comments, data protection, announcements or memberships in passing, in the phrasing furniture uses. None
     * may match a phrase family of its language (read, as documents are, with English beside it).
     */
    private static final Map<String, List<String>> PROSE = Map.of(
            "de", List.of(
                    "Die Verbraucherzentrale warnt, dass viele Online-Shops Cookies setzen, ohne ihre Kunden"
                            + " ausreichend darüber zu informieren, und fordert strengere Kontrollen.",
                    "Nach der Anzeige des Nachbarn durchsuchten Beamte die Wohnung und stellten mehrere gestohlene"
                            + " Fahrräder sicher, wie ein Sprecher der Polizei am Montag mitteilte.",
                    "Der Landesbeauftragte kritisierte, dass die Behörde ihre Zustimmung zu dem Verfahren erteilt"
                            + " habe, ohne den Datenschutz der Patienten vorher zu prüfen.",
                    "Mit den Spenden der Bürger konnte der Verein im vergangenen Jahr drei neue Rettungsboote kaufen,"
                            + " teilte der Vorsitzende bei der Jahresversammlung mit.",
                    "Warum unterstützen Sie die Reform der Grundsteuer, obwohl viele Eigentümer in Ihrer Gemeinde"
                            + " dagegen protestieren, wollte eine Zuhörerin vom Bürgermeister wissen.",
                    "In einem Kommentar für die Lokalzeitung schrieb der Bürgermeister, die Stadt werde die Gebühren"
                            + " für die Kitas im kommenden Jahr nicht erhöhen."),
            "fr", List.of(
                    "L'autorité de contrôle a infligé une amende à un site marchand qui déposait des cookies sans le"
                            + " consentement des internautes, a-t-on appris jeudi.",
                    "Contacté pour réagir, le ministère n'a pas répondu à nos questions sur la diffusion de ces"
                            + " images, dont la publication avait été interdite par le tribunal.",
                    "Il a décidé de faire un don de cinq mille euros à l'hôpital de la ville, où sa mère avait été"
                            + " soignée pendant plusieurs mois l'an dernier.",
                    "Selon le rapport, les abonnés du quotidien régional sont désormais plus nombreux en ligne qu'en"
                            + " kiosque, une première dans l'histoire du journal.",
                    "Sur le même sujet, le maire a rappelé que la municipalité avait déjà investi deux millions"
                            + " d'euros dans la rénovation des écoles primaires."),
            "es", List.of(
                    "El Gobierno apoya el proyecto de ley que obliga a las páginas web a informar con claridad sobre"
                            + " el uso de cookies, según fuentes del ministerio.",
                    "La polémica sigue tras el anuncio del Ejecutivo de subir los impuestos a las rentas más altas,"
                            + " una medida que la oposición ha calificado de electoralista.",
                    "El decreto fue publicado ayer en el Boletín Oficial del Estado y entrará en vigor el próximo"
                            + " lunes en todo el territorio nacional.",
                    "España ya es miembro de pleno derecho del organismo internacional desde hace décadas, recordó la"
                            + " ministra durante su intervención en el Congreso.",
                    "Los temas relacionados con la seguridad ciudadana dominaron el debate, en el que los candidatos"
                            + " se acusaron mutuamente de no tener un plan."),
            "it", List.of(
                    "Gli abbonati a Netflix sono cresciuti del dieci per cento nell'ultimo trimestre, secondo i dati"
                            + " diffusi ieri dalla società californiana.",
                    "La Finlandia diventa membro dell'Alleanza atlantica dopo mesi di trattative, ha annunciato il"
                            + " segretario generale in una conferenza stampa a Bruxelles.",
                    "La trattativa prosegue dopo l'annuncio del governo, che ha promesso nuovi fondi per le imprese"
                            + " colpite dall'alluvione di maggio.",
                    "Il Garante ha aperto un'istruttoria sull'uso dei cookie da parte di alcuni siti di informazione,"
                            + " che dovranno chiarire come raccolgono i dati dei lettori.",
                    "Ogni donazione sarà destinata alla ricostruzione della scuola elementare, ha assicurato il"
                            + " sindaco durante l'incontro con i genitori degli alunni."),
            "pt", List.of(
                    "O presidente assina o decreto na próxima semana, segundo fontes do governo, e a medida deve"
                            + " entrar em vigor ainda este mês em todo o país.",
                    "O partido apoia o trabalho da comissão de inquérito, mas exige que as conclusões sejam"
                            + " divulgadas antes das eleições autárquicas de outubro.",
                    "O número de assinantes do serviço de streaming cresceu doze por cento no último trimestre, de"
                            + " acordo com o relatório divulgado pela empresa.",
                    "Ao continuar as negociações, o governo aceita rever a proposta de aumento salarial apresentada"
                            + " pelos sindicatos dos professores na semana passada.",
                    "A empresa foi multada por instalar cookies nos computadores dos utilizadores sem o seu"
                            + " consentimento, decidiu o tribunal na sexta-feira."),
            "nl", List.of(
                    "Volgens de toezichthouder plaatsen veel webwinkels nog altijd cookies zonder dat bezoekers daar"
                            + " toestemming voor hebben gegeven, blijkt uit nieuw onderzoek.",
                    "Er kwamen meer dan vijfhonderd reacties binnen op het voorstel van de gemeente om het"
                            + " parkeertarief in de binnenstad te verdubbelen.",
                    "Het kabinet wil onafhankelijke journalistiek beter beschermen en trekt daarom volgend jaar extra"
                            + " geld uit voor regionale omroepen en lokale kranten.",
                    "Ik word lid van de gemeenteraad omdat ik iets wil veranderen in mijn wijk, zei het nieuwe"
                            + " raadslid tijdens de installatie op woensdagavond.",
                    "De minister liet weten dat de meest bekeken serie van het jaar volgend voorjaar een vervolg"
                            + " krijgt, tot vreugde van veel kijkers."));

    /**
     * A long paragraph in each language that names a newsletter and donations in passing: one family's word in
     * article-length prose, which the classifier keeps inside the article.
     */
    private static final Map<String, String> PASSING_MENTION = Map.of(
            "de", "Der Verlag hatte im Frühjahr angekündigt, die gedruckte Ausgabe einzustellen; Leserinnen und Leser"
                    + " sollen stattdessen einen täglichen Newsletter erhalten, und wer die Redaktion unterstützen"
                    + " möchte, kann künftig auch spenden, sagte die Geschäftsführerin bei der Vorstellung der Pläne.",
            "fr", "Le journal, qui compte désormais plus de lecteurs sur internet que sur papier, propose une"
                    + " newsletter gratuite chaque matin et invite ceux qui le souhaitent à soutenir la rédaction par un"
                    + " don, a expliqué son directeur lors d'une réunion publique mardi soir.",
            "es", "La asociación, que se financia con las cuotas de sus socios y con donaciones particulares, envía"
                    + " cada semana una newsletter a sus miembros y planea abrir una nueva sede antes de que termine"
                    + " el año, según explicó su presidenta en la rueda de prensa.",
            "it", "Il quotidiano, che conta ormai più lettori online che in edicola, invia ogni mattina una newsletter"
                    + " gratuita e chiede a chi lo desidera di sostenere la redazione con una piccola donazione, ha"
                    + " spiegato il direttore durante la presentazione del nuovo piano editoriale.",
            "pt", "A associação, que vive das quotas dos sócios e de donativos, envia todas as semanas uma newsletter"
                    + " aos seus membros e quer abrir uma nova sede até ao final do ano, explicou a presidente numa"
                    + " conferência de imprensa na terça-feira.",
            "nl", "De vereniging, die draait op contributie van leden en giften, stuurt elke week een nieuwsbrief naar"
                    + " haar leden en wil voor het einde van het jaar een tweede clubhuis openen, zei de voorzitter"
                    + " dinsdag tijdens een persbijeenkomst in het dorpshuis.");

    static Stream<BoilerplateCategory> worded() {
        return Arrays.stream(BoilerplateCategory.values()).filter(BoilerplateCategory::hasPhrases);
    }

    /** Every phrase file there is, as (language code, category). */
    static Stream<Arguments> files() {
        return Languages.known().stream().flatMap(code -> worded().filter(c -> resource(code, c) != null)
                .map(c -> Arguments.of(code, c)));
    }

    static Stream<String> proseLanguages() {
        return PROSE.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void theExamplesOfEachFileAreRecognisedAsItsCategoryInItsLanguage(String code, BoilerplateCategory category)
            throws IOException {
        List<String> examples = examples(code, category);
        assertFalse(examples.isEmpty(), code + "/" + category.id() + ".txt has no \"" + EXAMPLE + "\" line");
        PhraseFamilies families = PhraseFamilies.builtIn().forLanguages(Languages.of(code));
        for (String example : examples) {
            Optional<PhraseFamilies.Hit> hit = families.best(example);
            assertEquals(Optional.of(category), hit.map(PhraseFamilies.Hit::category), code + ": " + example);
        }
    }

    @ParameterizedTest
    @MethodSource("worded")
    void englishHasEveryCategorysFile(BoilerplateCategory category) {
        assertNotNull(resource("en", category), "no phrase file en/boilerplate/" + category.id() + ".txt");
    }

    @Test
    void theOtherLanguagesHavePhraseFiles() {
        for (String code : PROSE.keySet()) {
            assertTrue(worded().allMatch(c -> resource(code, c) != null), code + " lacks a category's file");
        }
    }

    @Test
    void everyFileBelongsToACategoryWithPhrasesAndAKnownLanguage() throws IOException, URISyntaxException {
        Path lang = Path.of(Languages.class.getResource("en/months.txt").toURI()).getParent().getParent();
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(lang)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p.resolve("boilerplate"))).toList()) {
                String code = dir.getFileName().toString();
                if (!Languages.known().contains(code)) {
                    orphans.add(code + "/ (not in the language catalogue)");
                }
                try (Stream<Path> files = Files.list(dir.resolve("boilerplate"))) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> !n.endsWith(".txt") || BoilerplateCategory.fromId(n.substring(0, n.length() - 4))
                                    .filter(BoilerplateCategory::hasPhrases).isEmpty())
                            .forEach(n -> orphans.add(code + "/boilerplate/" + n));
                }
            }
        }
        orphans.sort(null);
        assertEquals(List.of(), orphans, "phrase files that no category with phrases reads");
    }

    @ParameterizedTest
    @MethodSource("proseLanguages")
    void newsSentencesThatMentionFurnitureWordsMatchNoFamily(String code) {
        PhraseFamilies families = PhraseFamilies.builtIn().forLanguages(Languages.detected(code));
        for (String sentence : PROSE.get(code)) {
            assertEquals(Optional.empty(), families.best(sentence), code + ": " + sentence);
        }
    }

    @ParameterizedTest
    @MethodSource("proseLanguages")
    void theClassifierKeepsEveryParagraphOfSuchAnArticle(String code) {
        List<String> paragraphs = new ArrayList<>(PROSE.get(code));
        paragraphs.add(2, PASSING_MENTION.get(code));
        BoilerplateClassifier classifier = new BoilerplateClassifier(
                PhraseFamilies.builtIn().forLanguages(Languages.detected(code)));
        Map<Integer, Classification> removed = classifier.classify(
                BlockSplitter.split(String.join("\n\n", paragraphs)), Set.of());
        assertEquals(Map.of(), removed, code);
    }

    @Test
    void aCategoryWithoutPhrasesTakesNone() {
        assertThrows(IllegalArgumentException.class,
                () -> PhraseFamilies.builtIn().with(BoilerplateCategory.OTHER, List.of("Give now")));
    }

    private static URL resource(String code, BoilerplateCategory category) {
        return Languages.class.getResource(code + "/boilerplate/" + category.id() + ".txt");
    }

    /** The {@code # example:} lines of one language's file for the category. */
    private static List<String> examples(String code, BoilerplateCategory category) throws IOException {
        try (InputStream in = resource(code, category).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> l.startsWith(EXAMPLE)).map(l -> l.substring(EXAMPLE.length()).strip()).toList();
        }
    }
}
