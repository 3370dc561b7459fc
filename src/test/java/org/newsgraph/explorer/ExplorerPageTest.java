package org.newsgraph.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The explorer page is static files served by the service: / and every script, module and style sheet it
 * loads (the graph library from its webjar included) must be served, so a version bump of the webjar cannot
 * leave the page pointing at a missing file. Its behaviour in a browser is checked by .ci/browser.
 */
@QuarkusTest
class ExplorerPageTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"#?]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\./[^']+|\\.\\./[^']+)'");

    @Test
    void thePageAndEverythingItLoadsAreServed() {
        String html = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Newsgraph explorer")).extract().asString();
        List<String> assets = matches(ASSET, html);
        assertTrue(assets.stream().anyMatch(a -> a.startsWith("/webjars/cytoscape/")), "the page loads no graph library");
        for (String asset : assets) {
            if (asset.startsWith("/q/")) {
                continue; // the Swagger UI link
            }
            given().get(asset).then().statusCode(200);
        }
    }

    @Test
    void everyModuleTheAppImportsIsServedAsJavaScript() {
        List<String> pending = new ArrayList<>(List.of("/explorer/app.js"));
        List<String> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            String module = pending.remove(0);
            if (seen.contains(module)) {
                continue;
            }
            seen.add(module);
            String source = given().get(module).then().statusCode(200)
                    .contentType(containsString("javascript")).extract().asString();
            String dir = module.substring(0, module.lastIndexOf('/') + 1);
            for (String relative : matches(MODULE_IMPORT, source)) {
                pending.add(URI.create(dir).resolve(relative).getPath());
            }
        }
        assertTrue(seen.size() >= 5, "the app imports fewer modules than expected: " + seen);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
