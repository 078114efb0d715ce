package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.junit.jupiter.api.Test;

/**
 * The quick profile reader stands on giving what Optimaize's own reader gives, and the detector built from it on
 * answering as Tika's wrapper answers: both are compared here, on every built-in profile and on texts in many
 * languages, cut to many lengths.
 */
class NgramProfilesTest {

    @Test
    void everyBuiltInProfileIsReadAsOptimaizeReadsIt() throws IOException {
        List<LanguageProfile> theirs = new LanguageProfileReader().readAllBuiltIn();
        List<LanguageProfile> ours = NgramProfiles.readBuiltIn();
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < theirs.size(); i++) {
            assertEquals(theirs.get(i).getLocale(), ours.get(i).getLocale());
            assertEquals(grams(theirs.get(i)), grams(ours.get(i)), theirs.get(i).getLocale().toString());
            assertEquals(theirs.get(i).getGramLengths(), ours.get(i).getGramLengths());
        }
    }

    @Test
    void quotesAndSpacesAreDroppedFromTheGramsAndCountsReadAsIntegers() throws IOException {
        LanguageProfile p = NgramProfiles.parse("{\"freq\":{\"ab\":3,\n \"c\":7, \"d\"e\" :+12,\"f\":0042},"
                + "\"n_words\":[1,2,3],\"name\":\"xx\"}");
        assertEquals(3, p.getFrequency("ab"));
        assertEquals(7, p.getFrequency("c"));
        assertEquals(12, p.getFrequency("de"));
        assertEquals(42, p.getFrequency("f"));
        assertEquals("xx", p.getLocale().getLanguage());
    }

    @Test
    void aProfileWithoutANameOrWithABrokenCountIsRefused() {
        assertThrows(IOException.class, () -> NgramProfiles.parse("{\"freq\":{\"ab\":3}}"));
        assertThrows(IOException.class, () -> NgramProfiles.parse("{\"freq\":{\"ab\"},\"name\":\"xx\"}"));
        assertThrows(NumberFormatException.class,
                () -> NgramProfiles.parse("{\"freq\":{\"ab\":,\"c\":1},\"name\":\"xx\"}"));
    }

    @Test
    void detectionAnswersAsTikasWrapperDoes() {
        LanguageDetector tika = new OptimaizeLangDetector().loadModels();
        List<String> texts = List.of(
                "The harbour board voted on Wednesday to run a night ferry to the outer islands.",
                "Der Hafenrat hat am Mittwoch beschlossen, eine Nachtfähre zu den äußeren Inseln fahren zu lassen.",
                "Le conseil du port a voté mercredi la création d'un ferry de nuit vers les îles.",
                "El consejo del puerto votó el miércoles poner en marcha un ferry nocturno a las islas exteriores.",
                "O conselho do porto votou na quarta-feira a criação de um ferry noturno para as ilhas.",
                "Il consiglio del porto ha votato mercoledì per un traghetto notturno verso le isole esterne.",
                "De havenraad stemde woensdag voor een nachtveerboot naar de buitenste eilanden.",
                "Rada portu zdecydowała w środę o uruchomieniu nocnego promu na zewnętrzne wyspy.",
                "Совет порта в среду проголосовал за запуск ночного парома на внешние острова.",
                "港湾委員会は水曜日、春から外側の島々への夜行フェリーを運航することを決定した。",
                "港务委员会周三投票决定开通前往外岛的夜间渡轮。",
                "Limani halmashauri ilipiga kura Jumatano kuanzisha feri ya usiku kwenda visiwa vya nje.",
                "مجلس الميناء صوت يوم الأربعاء على تشغيل عبارة ليلية إلى الجزر الخارجية.",
                "Ferry approved. Fähre genehmigt. Ferry aprobado.",
                "12:30 — 14:00 · © 2024");
        Random random = new Random(5);
        for (String t : texts) {
            for (int round = 0; round < 8; round++) {
                String text = round == 0 ? t : t.substring(0, 1 + random.nextInt(t.length()));
                List<LanguageResult> expected = tika.detectAll(text);
                String want = expected.isEmpty() || expected.get(0).isUnknown()
                        || expected.get(0).getRawScore() < LanguageGuesser.MIN_CONFIDENCE ? null
                        : expected.get(0).getLanguage().split("-")[0].toLowerCase(Locale.ROOT);
                assertEquals(want, LanguageGuesser.detect(text), text);
            }
        }
    }

    private static Map<String, Integer> grams(LanguageProfile p) {
        Map<String, Integer> m = new HashMap<>();
        p.iterateGrams().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
