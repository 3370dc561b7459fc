package org.newsgraph.analysis.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class XrefConfigTest {
    @Test
    void namedSettingsChangeOnlyWhatTheyName() {
        XrefConfig defaults = XrefConfig.defaults();
        XrefConfig variant = defaults.toBuilder().storyThreshold(0.4).timeHalfLife(Duration.ofHours(24)).build();
        assertEquals(0.4, variant.storyThreshold());
        assertEquals(Duration.ofHours(24), variant.timeHalfLife());
        assertEquals(defaults.storyMergeThreshold(), variant.storyMergeThreshold());
        assertEquals(defaults.entityWeight(), variant.entityWeight());
        assertEquals(defaults.toString(), defaults.toBuilder().build().toString());
        XrefConfig weights = defaults.withSignalWeights(1.5, 6.0, 5.0);
        assertEquals(1.5, weights.entityWeight());
        assertEquals(6.0, weights.dateWeight());
        assertEquals(5.0, weights.numberWeight());
        assertEquals(defaults.wordWeight(), weights.wordWeight());
    }

    @Test
    void rejectsSettingsOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> XrefConfig.builder().storyThreshold(1.5).build());
        assertThrows(IllegalArgumentException.class, () -> XrefConfig.builder().dateWeight(-1).build());
        assertThrows(IllegalArgumentException.class, () -> XrefConfig.builder().scoredKeys(0).build());
        assertThrows(IllegalArgumentException.class, () -> XrefConfig.builder().timeHalfLife(Duration.ZERO).build());
    }
}
