package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * URL normalization of any string a client sends as {@code url}: either a rejection the API reports (400), or a
 * key that is a valid absolute http(s) URI in plain ASCII and normalizes to itself, so the same article sent
 * once raw and once as its stored key is one article. Seeds: {@code UrlNormalizerFuzzTestInputs/normalize/}.
 */
class UrlNormalizerFuzzTest {

    @FuzzTest(maxDuration = "8s")
    void normalize(byte[] input) throws URISyntaxException {
        String raw = new String(input, StandardCharsets.UTF_8);
        String key;
        try {
            key = UrlNormalizer.normalize(raw, ArticleIntake.MAX_URL_CHARS);
        } catch (InvalidArticleException rejected) {
            assertEquals("url", rejected.field());
            return;
        }
        assertTrue(key.chars().allMatch(c -> c > 0x20 && c < 0x7F), () -> "not printable ASCII: " + key);
        URI uri = new URI(key);
        String scheme = uri.getScheme();
        assertTrue(scheme.equals("http") || scheme.equals("https"), key);
        assertNotNull(uri.getHost(), key);
        assertEquals(uri.getHost().toLowerCase(Locale.ROOT), uri.getHost(), key);
        assertNull(uri.getRawFragment(), key);
        // The key is a fixed point: sent again (as clients that read it back do), it names the same article.
        assertEquals(key, UrlNormalizer.normalize(key, Integer.MAX_VALUE), () -> "not idempotent for " + raw);
    }
}
