package org.copydesk.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceShapeTest {

    @Test
    void periodInsideQuotesEndsASentence() {
        assertTrue(SentenceShape.endsLikeSentence("She said the boat was late.\""));
        assertFalse(SentenceShape.endsLikeSentence("Ferry timetable for the islands"));
    }

    @Test
    void fullWidthEndingsCountOnlyInTheAnyScriptReading() {
        String han = "居民对此表示欢迎。";
        String quoted = "他说：「明天开船！」";
        assertTrue(SentenceShape.endsLikeSentenceInAnyScript(han));
        assertTrue(SentenceShape.endsLikeSentenceInAnyScript(quoted));
        assertFalse(SentenceShape.endsLikeSentence(han));
        assertFalse(SentenceShape.endsLikeSentenceInAnyScript("渡船时刻表"));
    }
}
