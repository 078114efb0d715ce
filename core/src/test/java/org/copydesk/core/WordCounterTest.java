package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void countsRunsOfLettersAndDigitsWithJoinersInside() {
        assertEquals(0, WordCounter.count(""));
        assertEquals(0, WordCounter.count(" -- ' … "));
        assertEquals(4, WordCounter.count("The mayor's well-known plan"));
        assertEquals(2, WordCounter.count("rock--paper")); // two joiners in a row join nothing
        assertEquals(1, WordCounter.count("co-op's"));
        assertEquals(2, WordCounter.count("end- start"));
        assertEquals(1, WordCounter.count("’quoted’")); // a joiner at either end is not part of the word
        assertEquals(3, WordCounter.count("Straße 12 Ⅻ")); // a Roman numeral letter is a number
        assertEquals(2, WordCounter.count("x² 𝑥𝑦")); // a superscript digit, letters outside the basic plane
        assertEquals(1, WordCounter.count("北京市"));
    }

    /** The scan counts what the defining pattern finds, on text mixing scripts, joiners and stray marks. */
    @Test
    void countsWhatThePatternFinds() {
        String[] pieces = {"a", "Z", "7", "é", "ß", "ж", "ع", "中", "ひ", "ก", "²", "Ⅻ", "𝑥", "😀", "'", "’", "-",
            "–", " ", "\u00a0", ".", ",", "\n", "_", "\u0301"};
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher m = WordCounter.WORD.matcher(s);
            int expected = 0;
            while (m.find()) {
                expected++;
            }
            assertEquals(expected, WordCounter.count(s), () -> "for \"" + s + "\"");
        }
    }
}
