package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * How close a searched name is to an alias written in any script. Both are romanized (ICU
 * {@code Any-Latin; Latin-ASCII}, Russian Cyrillic by BGN/PCGN first, folded like {@link TextNormalizer#matchKey},
 * apostrophes of soft signs and ayn dropped) and split into words. BGN/PCGN writes Cyrillic as English-language
 * news does (Жуков → zhukov, Япония → yaponiya, Алиев → aliyev); ICU's default ISO 9 loses the digraphs once its
 * diacritics are dropped (ž → z, я → a). Each word is compared in two forms, and the better Jaro-Winkler
 * similarity counts:
 * <ul>
 * <li>as romanized ("aliyev", "aliev");</li>
 * <li>as its {@link #fold spelling}: the sounds that scripts and languages write differently fall together
 *     (kh/x/h, q/k/g, sh/sch/ş, ts/z/s, b/p, v/f/w, d/t, doubled letters) and every vowel, and y/w used as
 *     vowels (Arabic script writes long vowels with و/ی and omits short ones), is one vowel mark. So "Teqsas",
 *     "Техас" and "Texas", "Eşref Gani" and "Ashraf Ghani", "Şolts" and "Scholz", "Syria" and "Сирия" meet.</li>
 * </ul>
 * Each word of the query takes its best similarity among the alias's words, and the closeness is the lowest
 * of these: every word of the query must be matched ("Aliev" ~ "Ilham Aliyev"), while a given name of one
 * person with the surname of another is not. Thread-safe.
 */
public final class NameCloseness {
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final int CACHED = 50_000;
    private static final Map<String, Name> NAMES = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Name> eldest) {
                    return size() > CACHED;
                }
            });
    /** Fewer consonants than this are too common to compare alone ("فيثو" and "Efate" are both f-t). */
    private static final int MIN_CONSONANTS = 4;
    /** Letter groups read as one sound before the letters are classed (longest first). */
    private static final String[][] DIGRAPHS = {{"dzh", "j"}, {"sch", "s"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"},
            {"gh", "g"}, {"sh", "s"}, {"ch", "c"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"}, {"ts", "s"}, {"tz", "s"}};

    /**
     * A name's romanized words, their spellings and consonants (spellings without vowels), index for index, and
     * whether it is written in Arabic script.
     */
    public record Name(List<String> words, List<String> spellings, List<String> consonants, boolean arabic) {}

    private NameCloseness() {}

    /** The romanized words of a name ("علیاف" → [lyaf], "Алиев" → [aliev]). */
    public static List<String> words(String name) {
        return name(name).words();
    }

    /** The romanized words and their spellings, remembered for the most recent names. */
    public static Name name(String name) {
        Name cached = NAMES.get(name);
        if (cached != null) {
            return cached;
        }
        // Azerbaijani Cyrillic ә romanizes to ə, which Latin-ASCII keeps
        String latin = TO_ASCII.get().transliterate(TextNormalizer.matchKey(name)).replace('ə', 'e')
                .replaceAll("['`\u02B9-\u02BF\"]", "");
        boolean arabic = "Arab".equals(Scripts.dominant(name));
        List<String> words = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        List<String> consonants = new ArrayList<>();
        for (String w : latin.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                String spelling = fold(w);
                String skeleton = spelling.replace("a", "");
                words.add(w);
                spellings.add(spelling);
                consonants.add(skeleton.isEmpty() ? spelling : skeleton);
            }
        }
        Name result = new Name(List.copyOf(words), List.copyOf(spellings), List.copyOf(consonants), arabic);
        NAMES.put(name, result);
        return result;
    }

    /**
     * The spelling key of a whole name: its words' {@link #fold spellings} joined by one space, what the
     * trigram index of {@code entity_alias.spelling} holds ("" for a name without letters or digits).
     */
    public static String spelling(String name) {
        return String.join(" ", name(name).spellings());
    }

    /**
     * One romanized word with the differences of scripts and languages folded away: digraphs first
     * ({@link #DIGRAPHS}), then letter classes, runs of one class kept once, a vowel at the start dropped
     * (Arabic script writes it as alef or ayn, which romanize differently or not at all) and an h after a
     * vowel at the end dropped (Arabic-script final ه/ة for a final vowel).
     */
    static String fold(String word) {
        String w = word;
        for (String[] d : DIGRAPHS) {
            w = w.replace(d[0], d[1]);
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = letterClass(w.charAt(i));
            if (out.isEmpty() ? c != 'a' || w.length() == 1 : out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        int n = out.length();
        if (n > 2 && out.charAt(n - 1) == 'h' && out.charAt(n - 2) == 'a') {
            out.setLength(n - 1);
        }
        return out.isEmpty() ? word : out.toString();
    }

    private static char letterClass(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 'a';
            case 'q', 'g', 'k' -> 'k';
            case 'x', 'h' -> 'h';
            case 'b', 'p' -> 'b';
            case 'v', 'f' -> 'f';
            case 'z', 's' -> 's';
            case 'd', 't' -> 'd';
            default -> c;
        };
    }

    /** In [0, 1]: the weakest of the query words' best matches among the alias's words. */
    public static double of(List<String> queryWords, List<String> aliasWords) {
        return of(new Name(queryWords, queryWords, queryWords, false), new Name(aliasWords, aliasWords, aliasWords, false));
    }

    /**
     * In [0, 1]: the weakest of the query words' best matches among the alias's words, a match being the mean of
     * the similarities of the romanized words and of their spellings. Between two words in Arabic script with
     * {@value #MIN_CONSONANTS} consonants or more, the consonants stand for the romanized words: that script
     * writes or omits long vowels as it pleases ("شراز" for "شیراز"), so its vowel letters say little.
     */
    public static double of(Name query, Name alias) {
        if (query.words().isEmpty() || alias.words().isEmpty()) {
            return 0;
        }
        boolean arabic = query.arabic() && alias.arabic();
        double weakest = 1;
        for (int i = 0; i < query.words().size(); i++) {
            double best = 0;
            for (int j = 0; j < alias.words().size() && best < 1; j++) {
                String q = query.words().get(i);
                String a = alias.words().get(j);
                if (arabic && query.consonants().get(i).length() >= MIN_CONSONANTS
                        && alias.consonants().get(j).length() >= MIN_CONSONANTS) {
                    q = query.consonants().get(i);
                    a = alias.consonants().get(j);
                }
                best = Math.max(best, (JARO_WINKLER.apply(q, a)
                        + JARO_WINKLER.apply(query.spellings().get(i), alias.spellings().get(j))) / 2);
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }
}
