package org.newsgraph.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.EntityLinker;
import org.newsgraph.analysis.entity.GazetteerRecognizer;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * Knowledge base figures: load time (all ICU locales, then a restricted language set), entity and alias
 * counts, heap; gazetteer + linking time per 4 KB of text on the seeds and the Fars News corpus; how often
 * the names of one person in different scripts share a transliteration key.
 * Usage: bench/run KnowledgeBaseBench [languages, e.g. fa,ar,az,tr,ru,en]
 */
public final class KnowledgeBaseBench {
    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(Set.of());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("KB load (all ICU locales): %d ms; entities %d, aliases %d, indexed keys %d, skipped aliases %d%n",
                loadMs, kb.entityCount(), kb.aliasCount(), kb.indexedKeyCount(), kb.skippedAliasCount());
        System.out.printf("KB heap: %.1f MB%n", (heapAfter - heapBefore) / 1e6);
        long t1 = System.nanoTime();
        KnowledgeBase.load(Set.of());
        System.out.printf("KB reload, CLDR names cached per locale: %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        Set<String> langs = new LinkedHashSet<>(List.of((args.length > 0 ? args[0] : "fa,ar,az,tr,ru,en").split(",")));
        long t2 = System.nanoTime();
        KnowledgeBase small = KnowledgeBase.load(langs);
        System.out.printf("KB load (CLDR languages %s, cold for new locales): %d ms; entities %d, aliases %d%n", langs,
                (System.nanoTime() - t2) / 1_000_000, small.entityCount(), small.aliasCount());

        translitAgreement(kb);

        GazetteerRecognizer gazetteer = new GazetteerRecognizer(kb);
        EntityLinker linker = new EntityLinker(kb);
        List<String> texts = new ArrayList<>();
        Path seeds = Path.of("/work/shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path p : files.sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                Document d = Document.of(texts.get(i));
                gazetteer.analyze(d);
                linker.analyze(d);
                Map<String, Integer> byKey = new HashMap<>();
                for (Mention m : d.mentions()) {
                    byKey.merge(m.entityKey() + " " + m.surface(), 1, Integer::sum);
                }
                System.out.printf("seed %d: %d mentions %s%n", i, d.mentions().size(), byKey);
            }
        }
        Path fars = EvalData.dir().resolve("corpus/farsnews.jsonl");
        if (Files.isRegularFile(fars)) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader r = Files.newBufferedReader(fars, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.path("title").asText("") + "\n" + n.path("text").asText(""));
                }
            }
        } else {
            System.out.println("farsnews absent at " + fars + "; timing the seeds only");
        }
        List<List<org.newsgraph.analysis.document.Token>> tokenLayers = new ArrayList<>();
        long tokStart = System.nanoTime();
        for (String text : texts) {
            tokenLayers.add(GazetteerRecognizer.fallbackTokens(text));
        }
        System.out.printf("fallback ICU tokenization alone (with slow matchKey): %.0f ms%n", (System.nanoTime() - tokStart) / 1e6);
        long chars = 0;
        long mentions = 0;
        for (int round = 0; round < 3; round++) { // first round warms the JIT; last round: no token layer
            boolean withTokens = round < 2;
            long start = System.nanoTime();
            chars = 0;
            mentions = 0;
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.get(t);
                Document d = Document.of(text);
                if (withTokens) {
                    d.tokens().addAll(tokenLayers.get(t));
                }
                gazetteer.analyze(d);
                linker.analyze(d);
                chars += text.length();
                mentions += d.mentions().size();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("round %d (%s): %d texts, %.1f MB chars, %d mentions, %.0f ms total, %.2f ms per 4 KB%n",
                    round, withTokens ? "token layer given" : "fallback tokenization included", texts.size(), chars / 1e6, mentions, ms, ms / (chars / 4096.0));
        }
    }

    /** For each curated person: do the names in different scripts share a key (or differ by one letter)? */
    private static void translitAgreement(KnowledgeBase kb) {
        List<String> languages = List.of("en", "az", "tr", "ru", "fa", "ar");
        int pairs = 0;
        int same = 0;
        int close = 0;
        int people = 0;
        int allSame = 0;
        List<String> examples = new ArrayList<>();
        for (KnowledgeBase.Entity e : kb.entities()) {
            if (e.kind() != EntityKind.PER || !e.curated()) {
                continue;
            }
            people++;
            List<String> keys = new ArrayList<>();
            List<String> scripts = new ArrayList<>();
            for (String lang : languages) {
                String name = e.preferredNames().get(lang);
                if (name != null) {
                    keys.add(TransliterationKey.ofName(name));
                    scripts.add(lang.equals("ru") ? "Cyrl" : lang.equals("fa") || lang.equals("ar") ? "Arab" : "Latn");
                }
            }
            boolean everyPairSame = true;
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (scripts.get(i).equals(scripts.get(j))) {
                        continue;
                    }
                    pairs++;
                    if (keys.get(i).equals(keys.get(j))) {
                        same++;
                        close++;
                    } else {
                        everyPairSame = false;
                        if (distance(keys.get(i), keys.get(j)) <= 1) {
                            close++;
                        }
                    }
                }
            }
            if (everyPairSame) {
                allSame++;
            }
            if (examples.size() < 6) {
                examples.add(e.preferredName("en") + " -> " + keys);
            }
        }
        System.out.printf("Transliteration keys, %d curated people, preferred names in en/az/tr/ru/fa/ar:%n", people);
        System.out.printf("  cross-script pairs %d: same key %.1f%%, same or 1 edit apart %.1f%%; people with one key in all scripts %.1f%%%n",
                pairs, 100.0 * same / pairs, 100.0 * close / pairs, 100.0 * allSame / people);
        examples.forEach(x -> System.out.println("  " + x));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
