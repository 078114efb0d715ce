package org.copydesk.ingest.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

    @Test
    void weighsEachSignalThroughTheLogisticFunction() {
        ConfidenceModel m = ConfidenceModel.parse(List.of("body\t(intercept)\t-1.0", "body\tlogWords\t0.5"));
        Confidence c = m.estimate(Map.of("body", Map.of("logWords", 2.0)));
        assertEquals(0.5, c.body(), 1e-9); // -1 + 0.5 * 2 = 0
        Confidence longer = m.estimate(Map.of("body", Map.of("logWords", 6.0)));
        assertEquals(1 / (1 + Math.exp(-2.0)), longer.body(), 0.0005);
    }

    @Test
    void aSignalTheModelDoesNotWeighCountsNothingAndAnUnmodelledFieldHasNoConfidence() {
        ConfidenceModel m = ConfidenceModel.parse(List.of("bylines\t(intercept)\t2.0"));
        Confidence c = m.estimate(Map.of("bylines", Map.of("brandNewSignal", 40.0)));
        assertEquals(0.881, c.bylines(), 1e-9);
        assertNull(c.body());
    }

    @Test
    void aMalformedLineIsRefused() {
        assertThrows(IllegalStateException.class, () -> ConfidenceModel.parse(List.of("body logWords 0.5")));
        assertThrows(IllegalStateException.class, () -> ConfidenceModel.parse(List.of("colour\tx\t1")));
    }

    @Test
    void theShippedModelEstimatesEveryField() {
        Confidence c = ConfidenceModel.shipped().estimate(Map.of());
        for (String field : Confidence.FIELDS) {
            assertNotNull(c.of(field), field);
            assertTrue(c.of(field) > 0 && c.of(field) < 1, field);
        }
    }

    @Test
    void aProbabilityOutsideZeroToOneIsNoConfidence() {
        assertThrows(IllegalArgumentException.class, () -> new Confidence(1.2, null, null, null, null, null,
                Map.of()));
    }
}
