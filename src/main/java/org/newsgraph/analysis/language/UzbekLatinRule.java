package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Uzbek in Latin script, which Lingua 1.2.2 lacks: its oʻ and gʻ (written with a turned comma or an
 * apostrophe), its genitive -ning and its frequent function words, in a text without the Turkish and
 * Azerbaijani letters Uzbek does not use (ş ç ğ ı ə ö ü).
 */
final class UzbekLatinRule {
    private UzbekLatinRule() {}

    private static final Pattern O_G_APOSTROPHE = Pattern.compile("[og][ʻ'‘’`ʼ]\\p{L}");
    private static final Set<String> FREQUENT = Set.of("va", "bilan", "uchun", "esa", "emas", "edi", "deb", "kuni",
            "yilda", "haqida", "tomonidan", "kerak", "mumkin", "yoki", "lekin", "ammo", "hamda", "orqali", "keyin",
            "qilib", "qildi", "etdi", "boshqa", "shuningdek", "ekan", "yana", "biroq");
    private static final String TURKIC_NOT_UZBEK = "şçğıəöüŞÇĞƏÖÜ";

    static LanguageGuess detect(String sample, String script) {
        int turkic = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (TURKIC_NOT_UZBEK.indexOf(sample.charAt(i)) >= 0 && ++turkic >= 2) {
                return null;
            }
        }
        int words = 0;
        int apostropheWords = 0;
        int frequentWords = 0;
        for (String raw : sample.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            words++;
            String word = raw.toLowerCase(Locale.ROOT);
            if (O_G_APOSTROPHE.matcher(word).find()) {
                apostropheWords++;
            } else if (FREQUENT.contains(word) || (word.length() > 6 && word.endsWith("ning"))) {
                frequentWords++;
            }
        }
        int score = apostropheWords + frequentWords;
        double ratio = words == 0 ? 0 : (double) score / words;
        boolean enough = (frequentWords >= 1 && score >= 2) || apostropheWords >= 3;
        if (!enough || ratio < 0.1) {
            return null;
        }
        return new LanguageGuess("uz", script, Math.min(0.95, 0.5 + ratio), List.of());
    }
}
