package org.newsgraph.analysis.xref;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.NumberMention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.entity.EntityLinker;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Recognizer;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * Reduces an analyzed {@link Document} to its {@link ArticleSignals}. Reads the layers the pipeline left
 * (tokens, mentions with entity keys, dates, numbers, language); where the token or number layer is empty
 * (the analyzer is not in the pipeline) it falls back to ICU word breaks and a plain digit scan, so linking
 * degrades instead of failing. Stateless and thread-safe.
 */
public final class SignalExtractor {
    /** Weight multiplier for keys that occur in the title: headlines name the story's main actors. */
    public static final double TITLE_BOOST = 1.5;
    /**
     * Integers up to this magnitude are dropped: they occur in nearly every text ("two", list items) and
     * say nothing about the story. Years are kept; they are common, but the index's rarity weighting
     * already makes a shared "2018" worth little, while a shared rare year still helps.
     */
    public static final int TRIVIAL_NUMBER_LIMIT = 10;
    /** Words per shingle of the near-duplicate fingerprint. */
    static final int SHINGLE = 3;

    /** Arabic definite article (with the conjunction/preposition clitics that precede it) on a name. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:[وفبكل]?ال|لل)(?=\\p{L}{3})");
    /** Fallback number scan: digits with group or decimal separators (any script's digits, folded first); a plain space never joins two numbers. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,'\\u00A0\\u202F]\\d+)*");

    private final double modelEntityWeight;

    public SignalExtractor(XrefConfig config) {
        this.modelEntityWeight = config.modelEntityWeight();
    }

    public SignalExtractor() {
        this(XrefConfig.defaults());
    }

    public ArticleSignals extract(String articleId, Document document, String language, Instant published,
                                  String title, String contentHash) {
        String text = document.text();
        String lang = language != null ? language
                : document.language().isDetermined() ? document.language().language()
                : document.declaredLanguage() != null ? document.declaredLanguage() : "und";
        String script = document.language().script() != null ? document.language().script() : Scripts.dominant(text);
        String effectiveTitle = title != null ? title : document.title();
        int titleStart = effectiveTitle == null || effectiveTitle.isBlank() ? -1 : text.indexOf(effectiveTitle.strip());
        int titleEnd = titleStart < 0 ? -1 : titleStart + effectiveTitle.strip().length();

        Map<String, Double> entityCounts = new HashMap<>();
        Map<String, String> entityNames = new HashMap<>();
        Set<String> titleEntities = new LinkedHashSet<>();
        Set<String> vouched = new HashSet<>();
        for (Mention m : document.mentions()) {
            if (m.entityKey() == null || m.entityKey().isBlank()) {
                continue;
            }
            if (vouchedFor(m)) {
                vouched.add(m.entityKey());
            }
            entityCounts.merge(m.entityKey(), 1.0, Double::sum);
            entityNames.putIfAbsent(m.entityKey(), m.surface());
            if (titleStart >= 0 && m.start() >= titleStart && m.end() <= titleEnd) {
                titleEntities.add(m.entityKey());
            }
        }

        Set<LocalDate> dates = new LinkedHashSet<>();
        for (DateMention d : document.dates()) {
            if (d.startDate() != null) {
                dates.add(d.startDate());
            }
            if (d.endDate() != null) {
                dates.add(d.endDate());
            }
        }

        List<BigDecimal> numberValues = new ArrayList<>();
        if (!document.numbers().isEmpty()) {
            document.numbers().stream().map(NumberMention::value).forEach(numberValues::add);
        } else {
            numberValues.addAll(scanNumbers(text));
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (BigDecimal v : numberValues) {
            if (v != null && !isTrivial(v)) {
                numbers.add(v.stripTrailingZeros().toPlainString());
            }
        }

        List<String> surfaces = words(document, text);
        Map<String, Double> wordCounts = new HashMap<>();
        Map<String, String> wordSurfaces = new HashMap<>();
        for (String surface : surfaces) {
            String key = nameKey(surface, lang);
            if (key != null) {
                wordCounts.merge(key, 1.0, Double::sum);
                wordSurfaces.putIfAbsent(key, surface);
            }
        }
        Set<String> titleWords = new LinkedHashSet<>();
        if (effectiveTitle != null) {
            for (String surface : breakWords(effectiveTitle)) {
                String key = nameKey(surface, lang);
                if (key != null) {
                    titleWords.add(key);
                    wordSurfaces.putIfAbsent(key, surface);
                    if (titleStart < 0) {
                        wordCounts.merge(key, 1.0, Double::sum); // title is not part of the text
                    }
                }
            }
        }

        List<String> foldedWords = new ArrayList<>(surfaces.size());
        for (String s : surfaces) {
            foldedWords.add(TextNormalizer.matchKey(s));
        }
        Map<String, Double> entities = weigh(entityCounts, titleEntities);
        entities.replaceAll((k, w) -> vouched.contains(k) ? w : w * modelEntityWeight);
        return new ArticleSignals(articleId, lang, script, published, effectiveTitle,
                contentHash != null ? contentHash : sha256(text),
                entities, entityNames, dates, numbers,
                weigh(wordCounts, titleWords), wordSurfaces, simHash(foldedWords));
    }

    /**
     * True when the mention's key is trustworthy on its own: a knowledge-base id, or a transliteration key
     * that a rules or gazetteer recognizer found. Keys only the statistical name finder produced (directly
     * or copied to other occurrences by propagation) are not.
     */
    static boolean vouchedFor(Mention m) {
        if (!m.entityKey().startsWith("tk:")) {
            return true;
        }
        Recognizer r = m.recognizer();
        return r != null && r != Recognizer.NAME_FINDER && r != Recognizer.PROPAGATION;
    }

    /** Sublinear term frequency, boosted when the key is in the title. */
    private static Map<String, Double> weigh(Map<String, Double> counts, Set<String> inTitle) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((k, tf) -> weights.put(k, (1.0 + Math.log(tf)) * (inTitle.contains(k) ? TITLE_BOOST : 1.0)));
        return weights;
    }

    static boolean isTrivial(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(TRIVIAL_NUMBER_LIMIT)) <= 0
                && v.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The skeleton key of a name-like word, or null. In scripts with letter case only capitalized words
     * count (names, plus sentence starts that rarity weighting discounts); scripts without case (Arabic,
     * Hebrew, ...) give no such hint, so every word counts and rarity alone separates names from
     * function words.
     */
    static String nameKey(String surface, String language) {
        int first = surface.isEmpty() ? -1 : surface.codePointAt(0);
        if (first < 0 || !UCharacter.isLetter(first)) {
            return null;
        }
        boolean cased = UCharacter.isUUppercase(first) || UCharacter.isULowercase(first);
        if (cased && !UCharacter.isUUppercase(first) && !UCharacter.isTitleCase(first)) {
            return null;
        }
        String word = surface;
        if (language != null && language.startsWith("ar")) {
            word = ARABIC_ARTICLE.matcher(TextNormalizer.matchKey(word)).replaceFirst("");
        }
        return TransliterationKey.wordPrefix(word);
    }

    private static List<String> words(Document document, String text) {
        if (document.tokens().isEmpty()) {
            return breakWords(text);
        }
        List<String> out = new ArrayList<>(document.tokens().size());
        for (Token t : document.tokens()) {
            out.add(t.surface());
        }
        return out;
    }

    /** Words by ICU's word break rules (letters or digits), used when there is no token layer. */
    static List<String> breakWords(String text) {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int status = it.getRuleStatus();
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_IDEO_LIMIT) {
                out.add(text.substring(start, end));
            }
        }
        return out;
    }

    /** Fallback number scan; a separator followed by exactly three digits is read as grouping. */
    static List<BigDecimal> scanNumbers(String text) {
        String folded = asciiDigits(text.replace('\u066B', '.').replace('\u066C', ','));
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            String[] parts = m.group().split("[.,'\\u00A0\\u202F]");
            StringBuilder digits = new StringBuilder(parts[0]);
            boolean decimalSeen = false;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() == 3 || decimalSeen) {
                    digits.append(parts[i]);
                } else {
                    digits.append('.').append(parts[i]);
                    decimalSeen = true;
                }
            }
            try {
                out.add(new BigDecimal(digits.toString()));
            } catch (NumberFormatException ignored) {
                // a malformed run is just not a number signal
            }
        }
        return out;
    }

    /** Any script's decimal digits to ASCII, one for one, so offsets and separators stay where they were. */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + UCharacter.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** SimHash over word shingles, so one changed word flips only a few bits. */
    static long simHash(List<String> foldedWords) {
        int[] votes = new int[64];
        int shingles = Math.max(1, foldedWords.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = String.join(" ", foldedWords.subList(i, Math.min(foldedWords.size(), i + SHINGLE)));
            long h = hash64(shingle);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    /** FNV-1a over UTF-16 units with a final avalanche, so similar strings get unrelated bits. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }


    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(TextNormalizer.nfc(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
