package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.config.NewsgraphConfig;

class ApiKeysTest {

    static NewsgraphConfig config(List<String> keys, boolean requireForReads) {
        return new NewsgraphConfig() {
            public Optional<List<String>> apiKeys() { return Optional.ofNullable(keys); }
            public Auth auth() {
                return new Auth() {
                    public boolean requireForReads() { return requireForReads; }
                    public boolean openAnalyze() { return false; }
                };
            }
            public Limits limits() { return null; }
            public Analysis analysis() { return null; }
            public Security security() { return null; }
            public Feed feed() { return null; }
            public Warmup warmup() { return null; }
            public Statistics statistics() { return null; }
        };
    }

    @Test
    void acceptsOnlyConfiguredKeys() {
        ApiKeys keys = new ApiKeys(config(List.of(" alpha ", "beta", ""), false));
        assertTrue(keys.accepts("alpha"));
        assertTrue(keys.accepts("beta"));
        assertFalse(keys.accepts("alph"));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
        assertFalse(keys.requireForReads());
        assertTrue(new ApiKeys(config(List.of("k"), true)).requireForReads());
    }

    @Test
    void namesAClientByTheIndexOfItsKeyNeverByTheKey() {
        ApiKeys keys = new ApiKeys(config(List.of("alpha", "beta"), false));
        assertTrue("key#1".equals(keys.clientName("beta")));
        assertTrue(keys.clientName("gamma") == null && keys.clientName(null) == null);
        assertTrue("beta".equals(ApiKeys.bearer("bearer  beta ")) && ApiKeys.bearer("Basic YmV0YQ==") == null);
    }

    @Test
    void withoutConfiguredKeysWritesAreNotOpen() {
        ApiKeys keys = new ApiKeys(config(null, false));
        for (String guess : Set.of("", "null", "changeme", "test-key")) {
            assertFalse(keys.accepts(guess));
        }
    }
}
