package org.newsgraph.api;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.newsgraph.config.NewsgraphConfig;

/**
 * The API keys that may write. With none configured a random key is generated at start-up and logged
 * loudly, so writes are never left open by accident.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final List<byte[]> keys;
    private final boolean requireForReads;
    private final boolean openAnalyze;

    public ApiKeys(NewsgraphConfig config) {
        List<String> configured = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        if (configured.isEmpty()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            LOG.warnf("""

                    ************************************************************************
                    * NEWSGRAPH_API_KEYS is not set. Writes need an API key, so one was    *
                    * generated for this run only:                                         *
                    *   Authorization: Bearer %s
                    * Set NEWSGRAPH_API_KEYS to keep a stable key.                         *
                    ************************************************************************""", generated);
            configured = List.of(generated);
        }
        this.keys = configured.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.requireForReads = config.auth().requireForReads();
        this.openAnalyze = config.auth().openAnalyze();
    }

    public boolean openAnalyze() {
        return openAnalyze;
    }

    public boolean requireForReads() {
        return requireForReads;
    }

    /** Constant-time comparison against every configured key. */
    public boolean accepts(String presented) {
        return indexOf(presented) >= 0;
    }

    /** A name for the client that presents this key, without the key itself: "key#2"; null for no valid key. */
    public String clientName(String presented) {
        int index = indexOf(presented);
        return index < 0 ? null : "key#" + index;
    }

    /** The bearer key of an {@code Authorization} header value, or null. */
    public static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
    }

    private int indexOf(String presented) {
        if (presented == null) {
            return -1;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        int found = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (MessageDigest.isEqual(keys.get(i), candidate)) {
                found = i;
            }
        }
        return found;
    }
}
