package org.copydesk.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The harbour board voted on Wednesday to run a night ferry to the outer islands, ending a decade in "
            + "which the last boat left before seven. Islanders who work late shifts have asked for it for years.",
        "de|Der Hafenrat hat am Mittwoch beschlossen, ab dem Frühjahr eine Nachtfähre zu den äußeren Inseln "
            + "fahren zu lassen. Die Inselbewohner, die spät arbeiten, hatten seit Jahren darum gebeten.",
        "fr|Le conseil du port a voté mercredi la création d'un ferry de nuit vers les îles, mettant fin à dix "
            + "ans pendant lesquels le dernier bateau partait avant sept heures. Les habitants le réclamaient.",
        "pl|Rada portu zdecydowała w środę o uruchomieniu nocnego promu na zewnętrzne wyspy, kończąc dekadę, "
            + "w której ostatnia łódź odpływała przed siódmą wieczorem. Mieszkańcy prosili o to od lat.",
        "ru|Совет порта в среду проголосовал за запуск ночного парома на внешние острова, положив конец "
            + "десятилетию, когда последняя лодка уходила до семи вечера. Жители просили об этом годами.",
        "ja|港湾委員会は水曜日、春から外側の島々への夜行フェリーを運航することを決定した。遅番で働く島民は何年も前からこのサービスを求めていた。"
    })
    void tellsTheLanguage(String expected, String body) {
        assertEquals(expected, GUESSER.guess(body + " " + body));
    }

    @Test
    void tooShortToTell() {
        assertNull(GUESSER.guess("Ferry approved."));
        assertNull(GUESSER.guess(""));
    }

    /**
     * English is told by its function words alone, before any n-gram model: an English report full of German
     * names is English, though the letter n-grams of the names read as German to the model. (How fast this is
     * belongs to the bench module.)
     */
    @Test
    void englishIsToldByItsFunctionWordsEvenAmongForeignNames() {
        String body = "The Hafenverwaltungsbehörde said on Tuesday that the Nachtfährverbindung to the Nordfriesische "
                + "Inseln would be run by the Inselgemeinschaftsverband from the Frühjahr, as the "
                + "Landesverkehrsministerium had asked in its Verkehrsentwicklungsplan for the Küstenregion.";
        assertEquals("en", GUESSER.guess(body));
    }
}
