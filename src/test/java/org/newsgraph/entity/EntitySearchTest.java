package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.db.EmbeddedDatabase;

/**
 * Entity search ({@link EntitySearch}) on an embedded PostgreSQL: a fixed sample of the generated test part
 * (every fourth pair by hash, every no-match query; the full figures are EntitySearchBench's) keeps 95 % of
 * no-match queries empty
 * and the expected entity first for at least 88 % of the pairs, and the answers users
 * reported as untrustworthy, on a store with the whole knowledge base plus an observed organization "Love".
 */
class EntitySearchTest {
    private static EmbeddedDatabase db;
    private static Connection heldOutStore;
    private static Connection fullStore;
    private static EntitySearchTestSet set;
    private static Map<String, Long> heldOutIds;
    private static Map<String, Long> ids;
    private static long love;

    @BeforeAll
    static void store() throws Exception {
        db = EmbeddedDatabase.start(Files.createTempDirectory("entity-search-test"), true);
        try (Connection admin = DriverManager.getConnection(db.jdbcUrl()); Statement st = admin.createStatement()) {
            st.execute("create database full_kb");
        }
        String fullUrl = db.jdbcUrl().replaceFirst("/postgres\\?", "/full_kb?");
        Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "").load().migrate();
        Flyway.configure().dataSource(fullUrl, "postgres", "").load().migrate();
        KnowledgeBase kb = KnowledgeBase.load(EntitySearchTestSet.KB_LANGUAGES);
        set = EntitySearchTestSet.generate(kb);
        heldOutStore = DriverManager.getConnection(db.jdbcUrl());
        heldOutIds = KnowledgeBaseStore.write(heldOutStore, kb, set.heldOut);
        fullStore = DriverManager.getConnection(fullUrl);
        ids = KnowledgeBaseStore.write(fullStore, kb, Map.of());
        love = 1;
        try (Statement st = fullStore.createStatement()) {
            st.execute("insert into entity (id, entity_key, kind, name, translit_key) values (1, 'tk:ORG:lf', 'ORG', 'Love', 'lf')");
            st.execute("""
                    insert into entity_alias (entity_id, name, language, script, normalized, translit_key, origin)
                    values (1, 'Love', 'en', 'Latn', 'love', 'lf', 'observed')""");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        heldOutStore.close();
        fullStore.close();
        db.close();
    }

    @Test
    void sampleOfTheTestPartKeepsNoMatchesEmptyAndMostFirstAnswersRight() throws Exception {
        int pairs = 0;
        int top = 0;
        int noMatch = 0;
        int empty = 0;
        List<String> misses = new ArrayList<>();
        for (EntitySearchTestSet.Case c : set.select(false)) {
            if (!c.noMatch() && EntitySearchTestSet.hash("sample:" + c.query()) % 4 != 0) {
                continue;
            }
            List<Long> found = search(heldOutStore, c.query());
            if (c.noMatch()) {
                noMatch++;
                empty += found.isEmpty() ? 1 : 0;
            } else {
                pairs++;
                boolean hit = !found.isEmpty() && found.get(0).equals(heldOutIds.get(c.expectedId()));
                top += hit ? 1 : 0;
                if (!hit) {
                    misses.add(c.query());
                }
            }
        }
        assertTrue(pairs >= 200 && noMatch >= 100, "sample size " + pairs + " pairs, " + noMatch + " no-match");
        // The goal is 0.95; EntitySearchBench prints the full figures: this guards what the search reaches.
        assertTrue(top >= 0.88 * pairs, "P@1 " + top + "/" + pairs + ", misses " + misses);
        assertTrue(empty >= 0.95 * noMatch, "no-match empty " + empty + "/" + noMatch);
    }

    @Test
    void putinIsNotBiden() throws Exception {
        List<Long> found = search(fullStore, "Putin");
        assertEquals(ids.get("Q7747"), found.get(0));
        assertFalse(found.contains(ids.get("Q6279")), "Biden is not an answer for Putin");
        assertFalse(found.contains(ids.get("kb:abadan")) || found.contains(ids.get("cldr:region:BW")), "nor Abadan or Botswana");
    }

    @Test
    void bakuIsBakuAndNotTheUnitedKingdom() throws Exception {
        List<Long> found = search(fullStore, "Baku");
        assertEquals(ids.get("Q9248"), found.get(0));
        assertFalse(found.contains(ids.get("Q145")));
    }

    @Test
    void aliyevIsAPersonNotAnOrganizationCalledLove() throws Exception {
        List<Long> found = search(fullStore, "Aliyev");
        assertEquals(ids.get("kb:ilham-aliyev"), found.get(0));
        assertFalse(found.contains(love));
        for (String id : List.of("cldr:region:LY", "kb:fifa", "kb:lviv")) {
            assertFalse(found.contains(ids.get(id)), "Libya, FIFA, Lviv are not Aliyev");
        }
        assertEquals(ids.get("kb:ilham-aliyev"), search(fullStore, "Алиев").get(0));
        assertEquals(ids.get("kb:ilham-aliyev"), search(fullStore, "علیاف").get(0));
        assertTrue(EntitySearch.ids(EntitySearch.rank(fullStore, "Aliyev", EntityKind.LOC, null)).isEmpty());
    }

    @Test
    void otherSpellingsAndScriptsFindTheName() throws Exception {
        assertEquals(ids.get("Q1439"), search(fullStore, "Teqsas").get(0), "Texas");
        assertEquals(ids.get("Q212"), search(fullStore, "Uqraine").get(0), "Ukraine");
        assertEquals(ids.get("Q61053"), search(fullStore, "Olaf Sholts").get(0), "Olaf Scholz");
        assertEquals(ids.get("kb:ashraf-ghani"), search(fullStore, "Ashref Gani").get(0));
        assertEquals(ids.get("Q858"), search(fullStore, "Сирия").get(0), "Syria");
    }

    @Test
    void aPersonsSurnameNamesThePersonBeforeASimilarPlace() throws Exception {
        List<Long> found = search(fullStore, "Ghani");
        assertEquals(ids.get("kb:ashraf-ghani"), found.get(0));
        assertTrue(found.indexOf(ids.get("cldr:region:GH")) != 0, "Ghana is not first for Ghani");
    }

    @Test
    void aliasesStoredWithoutASpellingKeyAreFoundOnlyOnceItIsFilled() throws Exception {
        try (Statement st = fullStore.createStatement()) {
            st.execute("insert into entity (id, entity_key, kind, name, translit_key) values (2, 'tk:LOC:d', 'LOC', 'Ottea', 'd')");
            st.execute("""
                    insert into entity_alias (entity_id, name, language, script, normalized, translit_key, origin)
                    values (2, 'Ottea', 'en', 'Latn', 'ottea', 'd', 'observed')""");
            // "Otea" shares no prefix, word or transliteration-key word (one consonant class) with "Ottea"
            assertFalse(search(fullStore, "Otea").contains(2L), "no candidate without its spelling key");
            st.execute("update entity_alias set spelling = '" + NameCloseness.spelling("Ottea") + "' where entity_id = 2");
            assertTrue(search(fullStore, "Otea").contains(2L));
            st.execute("delete from entity where id = 2");
        }
    }

    @Test
    void nonsenseFindsNothing() throws Exception {
        assertTrue(search(fullStore, "Zorvath Quellinar").isEmpty());
        assertTrue(search(fullStore, "Xqzt").isEmpty());
        assertTrue(search(fullStore, "Ilham Biden").isEmpty());
    }

    private static List<Long> search(Connection c, String q) throws Exception {
        return EntitySearch.ids(EntitySearch.rank(c, q, null, null));
    }
}
