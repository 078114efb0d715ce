package org.copydesk.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSizeTest {

    @Test
    void spacedScriptsCountWords() {
        assertEquals(6, TextSize.units("The ferry runs twice a day."));
    }

    @Test
    void unspacedScriptsCountLettersInPairs() {
        // twenty Han characters between two punctuation marks are one "word" to the word counter
        String han = "渡船公司表示从三月起每天将恢复两班往返北部岛屿的航线。";
        assertTrue(TextSize.units(han) >= 10, String.valueOf(TextSize.units(han)));
    }

    @Test
    void encodedDataIsOneWord() {
        assertEquals(1, TextSize.units("aGVsbG8gd29ybGQgdGhpcyBpcyBlbmNvZGVkIGRhdGEgdGhhdCBpcyBsb25n"));
    }
}
