package org.newsgraph.analysis.entity;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link KnowledgeBase#load(KnowledgeBaseOptions)} loads: the languages whose CLDR country and city names
 * join the curated file (ISO 639 codes, empty = every ICU locale), and the folder under which those names are
 * cached per locale between processes ({@link GazetteerCldrCache}).
 */
public record KnowledgeBaseOptions(Set<String> cldrLanguages, Path cldrCacheDir) {
    public KnowledgeBaseOptions {
        Set<String> languages = new LinkedHashSet<>();
        for (String language : cldrLanguages) {
            if (!language.isBlank()) {
                languages.add(language.strip().toLowerCase(Locale.ROOT));
            }
        }
        cldrLanguages = Collections.unmodifiableSet(languages);
        Objects.requireNonNull(cldrCacheDir, "cldrCacheDir");
    }

    /** Every ICU locale, names cached under the system temp folder. */
    public static KnowledgeBaseOptions allLocales() {
        return new KnowledgeBaseOptions(Set.of(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    public KnowledgeBaseOptions withCldrLanguages(Set<String> languages) {
        return new KnowledgeBaseOptions(languages, cldrCacheDir);
    }

    public KnowledgeBaseOptions withCldrCacheDir(Path folder) {
        return new KnowledgeBaseOptions(cldrLanguages, folder);
    }
}
