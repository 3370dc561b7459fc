package org.newsgraph.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.client.ApiClient;
import org.newsgraph.client.ApiException;
import org.newsgraph.client.api.ArticlesApi;
import org.newsgraph.client.api.CrossReferencesApi;
import org.newsgraph.client.api.EntitiesApi;
import org.newsgraph.client.api.LanguagesApi;
import org.newsgraph.client.model.Article;
import org.newsgraph.client.model.ArticleEntities;
import org.newsgraph.client.model.ArticleInput;
import org.newsgraph.client.model.ArticleLanguages;
import org.newsgraph.client.model.ArticleSummary;
import org.newsgraph.client.model.CrossReference;
import org.newsgraph.client.model.EntitySummary;
import org.newsgraph.client.model.LanguageCount;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An integrator's view of the contract: a Java client generated from openapi.yaml at build time (OpenAPI
 * Generator, see pom.xml) ingests the seed articles as JSON and reads back languages, entities and
 * cross-references. A contract the generator cannot turn into working code fails here.
 */
@QuarkusTest
@TestProfile(GeneratedClientTest.OwnStore.class)
class GeneratedClientTest {
    /** A store of its own: the seeds as JSON would change what the raw-text seed tests of the shared store see. */
    public static class OwnStore implements QuarkusTestProfile {
    }

    private static final Path SEEDS = Path.of("../shared/seeds");

    @TestHTTPResource("/")
    URI service;

    @Test
    void ingestsTheSeedsAndReadsBackLanguagesEntitiesAndCrossReferences() throws IOException, ApiException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed articles absent at " + SEEDS.toAbsolutePath() + "; skipping");
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer test-key"));
        ArticlesApi articles = new ArticlesApi(client);

        List<Article> stored = new ArrayList<>();
        for (Path seed : seedFiles()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8).strip();
            int firstBreak = text.indexOf('\n');
            ArticleInput input = new ArticleInput()
                    .title(text.substring(0, firstBreak).strip())
                    .body(text.substring(firstBreak + 1).strip());
            stored.add(articles.createArticle(input));
        }
        readBack(client, stored);
        for (Article article : stored) {
            articles.deleteArticle(article.getId());
        }
    }

    private static void readBack(ApiClient client, List<Article> stored) throws ApiException {
        assertEquals(List.of("fa", "az", "ar", "fa", "ar"), stored.stream().map(Article::getLanguage).toList());

        List<ArticleSummary> listed = new ArticlesApi(client)
                .listArticles("az", null, null, null, null, null, 200, null).getItems();
        ArticleSummary azerbaijaniSummary = listed.stream().filter(a -> a.getId().equals(stored.get(1).getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the Azerbaijani seed is listed under az: " + listed));
        assertTrue(stored.get(1).getBody().startsWith(azerbaijaniSummary.getSnippet().replace("…", "").strip().split(" ")[0]),
                azerbaijaniSummary.getSnippet());
        assertEquals(null, azerbaijaniSummary.getBody(), "summaries carry no body unless asked");
        assertTrue(azerbaijaniSummary.getEntityCount() >= 1, azerbaijaniSummary.toString());

        List<LanguageCount> languages = new LanguagesApi(client).listLanguages();
        assertTrue(languages.stream().anyMatch(l -> "fa".equals(l.getLanguage()) && l.getArticles() >= 2), languages.toString());
        ArticleLanguages persian = new LanguagesApi(client).getArticleLanguages(stored.get(0).getId());
        assertEquals("Arab", persian.getScript());
        assertFalse(persian.getSegments().isEmpty());

        EntitiesApi entities = new EntitiesApi(client);
        ArticleEntities azerbaijani = entities.getArticleEntities(stored.get(1).getId());
        Long aliyev = azerbaijani.getMentions().stream()
                .filter(m -> m.getSurface().startsWith("İlham Əliyev")).findFirst()
                .orElseThrow(() -> new AssertionError("no İlham Əliyev in " + azerbaijani.getMentions())).getEntityId();
        ArticleEntities arabic = entities.getArticleEntities(stored.get(2).getId());
        assertTrue(arabic.getMentions().stream().anyMatch(m -> Objects.equals(aliyev, m.getEntityId())),
                "the Arabic seed names the same person: " + arabic.getMentions());
        List<EntitySummary> found = entities.listEntities("Aliyev", "PER", null, null, 20).getItems();
        assertTrue(found.stream().anyMatch(e -> e.getId().equals(aliyev)), "a Latin query finds him: " + found);

        List<CrossReference> links = new CrossReferencesApi(client)
                .getCrossReferences(stored.get(0).getId(), null, "az", null, null, null).getItems();
        assertTrue(links.stream().anyMatch(x -> Objects.equals(stored.get(1).getId(), x.getArticle().getId())),
                "the Persian press release links to its Azerbaijani version: " + links);
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
