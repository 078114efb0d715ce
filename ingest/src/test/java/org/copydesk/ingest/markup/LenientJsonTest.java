package org.copydesk.ingest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Script-block JSON as pages ship it. */
class LenientJsonTest {

    @Test
    void readsCommentsTrailingCommasAndRawNewlines() {
        var nodes = LenientJson.parse("<!--\n{\"a\": \"one\ntwo\", /* note */ \"b\": [1, 2,],}\n-->");
        assertEquals(1, nodes.size());
        assertEquals("one\ntwo", nodes.get(0).get("a").asText());
    }

    @Test
    void readsObjectsOneAfterAnother() {
        assertEquals(2, LenientJson.parse("{\"a\": 1}\n{\"b\": 2};").size());
    }

    @Test
    void closesATruncatedValueAtItsLastCompleteMember() {
        var nodes = LenientJson.parse("{\"x\": {\"datePublished\": \"2019-01-02\"}, \"author\": {\"name\": \"Cut");
        assertEquals("2019-01-02", nodes.get(0).get("x").get("datePublished").asText());
    }

    @Test
    void givesNothingForWhatCannotBeRead() {
        assertTrue(LenientJson.parse("not json at all").isEmpty());
        assertTrue(LenientJson.parse("").isEmpty());
    }
}
