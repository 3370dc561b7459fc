package org.newsgraph.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Builds a {@link KnowledgeBase} from its sources: the curated {@code kb/entities.tsv} (with links to CLDR
 * regions and cities), CLDR's localized country and city names through ICU, and the stopwords that keep
 * common words out of the index.
 */
final class KnowledgeBaseLoader {
    private KnowledgeBaseLoader() {}

    static KnowledgeBase load(KnowledgeBaseOptions options) {
        Set<String> stopwords = readStopwords();
        List<String[]> rows = readCurated();
        Map<String, EntityBuilder> builders = new LinkedHashMap<>();
        Map<String, EntityBuilder> byCldrLink = new HashMap<>();
        for (String[] row : rows) {
            EntityBuilder b = EntityBuilder.fromCurated(row);
            if (builders.putIfAbsent(b.id, b) != null) {
                throw new IllegalStateException("duplicate knowledge-base id " + b.id);
            }
            if (b.cldrLink != null) {
                byCldrLink.put(b.cldrLink, b);
            }
        }
        List<ULocale> locales = GazetteerCldrSource.locales(options.cldrLanguages());
        for (GazetteerCldrSource.LocaleNames localeNames
                : GazetteerCldrSource.names(locales, new GazetteerCldrCache(options.cldrCacheDir()))) {
            localeNames.regions().forEach((code, names) -> {
                EntityBuilder b = byCldrLink.get("region:" + code);
                if (b == null) {
                    b = builders.computeIfAbsent("cldr:region:" + code,
                            id -> new EntityBuilder(id, EntityKind.LOC, null, false));
                }
                b.country = true;
                for (GazetteerCldrSource.LocalizedName n : names) {
                    b.add(n.language(), n.name(), n.key(), true);
                }
            });
            localeNames.cities().forEach((zone, names) -> {
                EntityBuilder b = byCldrLink.get("city:" + zone);
                if (b == null) {
                    b = builders.computeIfAbsent("cldr:city:" + zone,
                            id -> new EntityBuilder(id, EntityKind.LOC, null, false));
                }
                for (GazetteerCldrSource.LocalizedName n : names) {
                    b.add(n.language(), n.name(), n.key(), true);
                }
            });
        }
        Map<String, KnowledgeBase.Entity> byId = new LinkedHashMap<>();
        builders.values().forEach(b -> byId.put(b.id, b.build()));
        return new KnowledgeBase(byId, stopwords);
    }

    private static Set<String> readStopwords() {
        Set<String> words = new HashSet<>();
        for (String line : readLines(KnowledgeBase.STOPWORDS_RESOURCE)) {
            int tab = line.indexOf('\t');
            String list = tab >= 0 ? line.substring(tab + 1) : line;
            for (String w : list.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(TextNormalizer.matchKey(w));
                }
            }
        }
        return words;
    }

    private static List<String[]> readCurated() {
        List<String[]> rows = new ArrayList<>();
        for (String line : readLines(KnowledgeBase.CURATED_RESOURCE)) {
            rows.add(line.split("\t"));
        }
        return rows;
    }

    private static List<String> readLines(String resource) {
        InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(TextNormalizer.nfc(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static final class EntityBuilder {
        final String id;
        final EntityKind kind;
        final String qid;
        final boolean curated;
        boolean country;
        String cldrLink;
        final Map<String, String> preferred = new LinkedHashMap<>();
        final Map<String, KnowledgeBase.Alias> aliases = new LinkedHashMap<>();

        EntityBuilder(String id, EntityKind kind, String qid, boolean curated) {
            this.id = id;
            this.kind = kind;
            this.qid = qid;
            this.curated = curated;
        }

        /** Columns: slug, kind, QID or "-", CLDR link ("region:AZ", "city:Asia/Baku") or "-", then lang=a|b... */
        static EntityBuilder fromCurated(String[] row) {
            if (row.length < 5) {
                throw new IllegalStateException("knowledge-base row too short: " + Arrays.toString(row));
            }
            String slug = row[0].strip();
            EntityKind kind = EntityKind.valueOf(row[1].strip());
            String qid = empty(row[2]) ? null : row[2].strip();
            EntityBuilder b = new EntityBuilder(qid != null ? qid : "kb:" + slug, kind, qid, true);
            b.cldrLink = empty(row[3]) ? null : row[3].strip();
            b.country = b.cldrLink != null && b.cldrLink.startsWith("region:");
            for (int i = 4; i < row.length; i++) {
                String column = row[i].strip();
                int eq = column.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException("expected lang=alias|alias in " + slug + ": " + column);
                }
                String language = column.substring(0, eq).strip();
                for (String alias : column.substring(eq + 1).split("\\|")) {
                    String text = alias.strip();
                    b.add(language, text, String.join(" ", KnowledgeBase.tokenKeys(text)), false);
                }
            }
            return b;
        }

        private static boolean empty(String s) {
            return s.isBlank() || s.strip().equals("-");
        }

        void add(String language, String text, String key, boolean fromCldr) {
            if (text.isEmpty()) {
                return;
            }
            preferred.putIfAbsent(language, text);
            aliases.putIfAbsent(language + "\u0000" + text,
                    new KnowledgeBase.Alias(text, language, Scripts.first(text), key, fromCldr));
        }

        KnowledgeBase.Entity build() {
            return new KnowledgeBase.Entity(id, kind, qid, curated, country, Map.copyOf(preferred), List.copyOf(aliases.values()));
        }
    }
}
