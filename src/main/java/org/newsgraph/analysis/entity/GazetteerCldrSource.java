package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Place names from CLDR through ICU4J: the display name of every ISO region in every ICU locale (long and
 * short forms, e.g. "United States" and "US"), and the exemplar city of every canonical time zone
 * ("Europe/Paris" -> Paris, Париж, پاریس...). Nothing here is a hand-written table.
 */
final class GazetteerCldrSource {
    /** A name in one locale, with its token-key sequence ({@link KnowledgeBase#tokenKeys} joined by spaces). */
    record LocalizedName(String language, String name, String key) {}

    /** Names of one locale: region code or zone id -> names. */
    record LocaleNames(Map<String, List<LocalizedName>> regions, Map<String, List<LocalizedName>> cities) {}

    /**
     * Names gathered per locale are kept, so a second knowledge base in the same process costs nothing. CLDR
     * data does not change while the process runs, so this memo cannot hand one knowledge base another's state.
     */
    private static final Map<ULocale, LocaleNames> MEMORY_CACHE = new ConcurrentHashMap<>();

    private GazetteerCldrSource() {}

    /**
     * The locales to read: one per language (plus script variants such as az_Cyrl, sr_Latn), restricted to
     * {@code languages} unless it is empty. Regional variants (en_GB, fr_CA) rarely name places differently
     * and would multiply the load time, so they are left out.
     */
    static List<ULocale> locales(Set<String> languages) {
        Set<ULocale> chosen = new LinkedHashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty()) {
                continue;
            }
            if (!languages.isEmpty() && !languages.contains(locale.getLanguage())) {
                continue;
            }
            chosen.add(locale);
        }
        return new ArrayList<>(chosen);
    }

    static String languageTag(ULocale locale) {
        return locale.getScript().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "-" + locale.getScript();
    }

    /**
     * Names of the given locales. Reading CLDR through ICU costs about 60 ms per locale and folding the names
     * as much again, so each locale's result is also written to a disk cache ({@link GazetteerCldrCache}) and
     * read back by later processes.
     */
    static List<LocaleNames> names(List<ULocale> locales, GazetteerCldrCache diskCache) {
        return locales.parallelStream()
                .map(locale -> MEMORY_CACHE.computeIfAbsent(locale, diskCache::readOrCompute))
                .toList();
    }

    static LocaleNames compute(ULocale locale) {
        return new LocaleNames(regionNamesOf(locale), cityNamesOf(locale));
    }

    private static Map<String, List<LocalizedName>> regionNamesOf(ULocale locale) {
        String tag = languageTag(locale);
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_FULL,
                DisplayContext.NO_SUBSTITUTE);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT,
                DisplayContext.NO_SUBSTITUTE);
        Map<String, List<LocalizedName>> out = new LinkedHashMap<>();
        for (String code : ULocale.getISOCountries()) {
            Set<String> forms = new TreeSet<>();
            addIfName(forms, full.regionDisplayName(code), code);
            addIfName(forms, shortNames.regionDisplayName(code), code);
            if (!forms.isEmpty()) {
                List<LocalizedName> list = out.computeIfAbsent(code, k -> new ArrayList<>());
                forms.forEach(f -> list.add(named(tag, f)));
            }
        }
        return out;
    }

    private static Map<String, List<LocalizedName>> cityNamesOf(ULocale locale) {
        String tag = languageTag(locale);
        TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
        Map<String, List<LocalizedName>> out = new LinkedHashMap<>();
        for (String zone : canonicalZones()) {
            String city = zoneNames.getExemplarLocationName(zone);
            if (city != null && !city.isBlank()) {
                out.computeIfAbsent(zone, k -> new ArrayList<>()).add(named(tag, city));
            }
        }
        return out;
    }

    private static LocalizedName named(String tag, String name) {
        return new LocalizedName(tag, name, String.join(" ", KnowledgeBase.tokenKeys(name)));
    }

    private static volatile Set<String> zones;

    static Set<String> canonicalZones() {
        Set<String> cached = zones;
        if (cached != null) {
            return cached;
        }
        Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
                null, null));
        zones.removeIf(z -> !z.contains("/") || z.startsWith("Etc/"));
        GazetteerCldrSource.zones = Set.copyOf(zones);
        return GazetteerCldrSource.zones;
    }

    private static void addIfName(Set<String> forms, String name, String code) {
        // without substitution ICU returns null (or the code itself) when the locale has no name
        if (name != null && !name.isBlank() && !name.equals(code)) {
            forms.add(name);
        }
    }
}
