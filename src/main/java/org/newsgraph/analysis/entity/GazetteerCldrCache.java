package org.newsgraph.analysis.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

import org.newsgraph.analysis.entity.GazetteerCldrSource.LocaleNames;
import org.newsgraph.analysis.entity.GazetteerCldrSource.LocalizedName;

/**
 * Disk cache of the CLDR names of each locale, with their folded keys, so that only the first process on a
 * machine pays for reading CLDR. One file per locale under the folder given by
 * {@link KnowledgeBaseOptions#cldrCacheDir()}, in a sub-folder named after the ICU version and a fingerprint of
 * the folding, so a new ICU or a changed {@code TextNormalizer} never reads stale keys. Any I/O problem just
 * means no cache.
 */
final class GazetteerCldrCache {
    /** Letters whose folding differs between normalizer versions; their keys name the cache folder. */
    private static final String FINGERPRINT_PROBE = "İIıƏə Ü ß ك ي ى ة أ ۀ ٠١ ۲ ـ ًa\u200Cb Amir-Abdollahian Türkiye'nin 北京市";

    private final Path folder;

    GazetteerCldrCache(Path base) {
        String fingerprint = Integer.toHexString((String.join(" ", KnowledgeBase.tokenKeys(FINGERPRINT_PROBE))
                + "|" + org.newsgraph.analysis.text.TextNormalizer.matchKey(FINGERPRINT_PROBE)
                + "|" + GazetteerCldrSource.canonicalZones().size()).hashCode());
        this.folder = base.resolve("newsgraph-kb").resolve("icu-" + VersionInfo.ICU_VERSION + "-" + fingerprint);
    }

    LocaleNames readOrCompute(ULocale locale) {
        Path file = folder.resolve(locale.getName().isEmpty() ? "root.tsv" : locale.getName() + ".tsv");
        if (Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException | RuntimeException e) {
                // a damaged cache file is recomputed and rewritten below
            }
        }
        LocaleNames names = GazetteerCldrSource.compute(locale);
        try {
            write(file, names);
        } catch (IOException | RuntimeException e) {
            // read-only or full disk: run without the cache
        }
        return names;
    }

    private static LocaleNames read(Path file) throws IOException {
        Map<String, List<LocalizedName>> regions = new LinkedHashMap<>();
        Map<String, List<LocalizedName>> cities = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IOException("bad cache line in " + file);
                }
                Map<String, List<LocalizedName>> target = f[0].equals("R") ? regions : cities;
                target.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new LocalizedName(f[2], f[3], f[4]));
            }
        }
        return new LocaleNames(regions, cities);
    }

    private static void write(Path file, LocaleNames names) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "names", ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            writeSection(w, "R", names.regions());
            writeSection(w, "C", names.cities());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeSection(BufferedWriter w, String type, Map<String, List<LocalizedName>> section)
            throws IOException {
        for (Map.Entry<String, List<LocalizedName>> e : section.entrySet()) {
            for (LocalizedName n : e.getValue()) {
                if (n.name().indexOf('\t') >= 0 || n.name().indexOf('\n') >= 0) {
                    continue;
                }
                w.write(type + "\t" + e.getKey() + "\t" + n.language() + "\t" + n.name() + "\t" + n.key() + "\n");
            }
        }
    }
}
