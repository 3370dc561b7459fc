package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * A word in Arabic script against a word of another script is also compared with that word as Arabic script
 * would write it, without the short vowels ({@link #written}: "Jafar" and "جعفر"). Each word of the query takes
 * its best similarity among the alias's words, and the closeness is the lowest
 * of these: every word of the query must be matched ("Aliev" ~ "Ilham Aliyev"), while a given name of one
 * person with the surname of another is not. Thread-safe.
 */
public final class NameCloseness {
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** How many romanized names are remembered. */
    public static final int CACHED_NAMES = 50_000;
    /**
     * Romanized names, as every search compares its query with many aliases. Lock-free reads: a map behind one
     * monitor made concurrent searches queue behind whichever holder the scheduler paused (p99 in the hundreds of
     * ms on two cores).
     */
    private static final Cache<String, Name> NAMES = Caffeine.newBuilder().maximumSize(CACHED_NAMES).build();
    /**
     * Fewer letters than this left without the long vowels are too common to compare alone ("فيثو" and "فتح" are
     * both f-t).
     */
    private static final int MIN_SKELETON = 3;
    /** Letter groups read as one sound before the letters are classed (longest first). */
    private static final String[][] DIGRAPHS = {{"dzh", "j"}, {"sch", "s"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"},
            {"gh", "g"}, {"sh", "s"}, {"ch", "c"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"}, {"ts", "s"}, {"tz", "s"}};

    /**
     * A name's romanized words and their spellings, index for index, and whether it is written in Arabic script;
     * for Arabic script also each word's {@link Word forms} to compare (with and without the article).
     */
    public record Name(List<String> words, List<String> spellings, List<List<Word>> forms, boolean arabic) {}

    /**
     * One way to read a word written in Arabic script: romanized, its spelling, and both without the long-vowel
     * letters ("" when fewer than {@value #MIN_SKELETON} letters are left).
     */
    public record Word(String romanized, String spelling, String skeleton, String spellingSkeleton) {}

    private NameCloseness() {}

    /** The romanized words of a name ("علیاف" → [lyaf], "Алиев" → [aliev]). */
    public static List<String> words(String name) {
        return name(name).words();
    }

    /** The romanized words and their spellings, remembered for the names used often or lately. */
    public static Name name(String name) {
        // Computed once per name: concurrent searches ranking the same candidates wait for it rather than each
        // romanizing it (each building its own thread's ICU transliterator on its first miss).
        return NAMES.get(name, NameCloseness::romanize);
    }

    private static Name romanize(String name) {
        // Azerbaijani Cyrillic ә romanizes to ə, which Latin-ASCII keeps
        String latin = TO_ASCII.get().transliterate(TextNormalizer.matchKey(name)).replace('ə', 'e')
                .replaceAll("['`\u02B9-\u02BF\"]", "");
        boolean arabic = "Arab".equals(Scripts.dominant(name));
        List<String> words = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        List<List<Word>> forms = new ArrayList<>();
        for (String w : latin.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
                spellings.add(fold(w));
                if (arabic) {
                    forms.add(w.startsWith("al") && w.length() >= 2 + MIN_SKELETON
                            ? List.of(word(w), word(w.substring(2))) : List.of(word(w)));
                }
            }
        }
        return new Name(List.copyOf(words), List.copyOf(spellings), List.copyOf(forms), arabic);
    }

    private static Word word(String romanized) {
        String skeleton = skeleton(romanized);
        return new Word(romanized, fold(romanized), skeleton, skeleton.isEmpty() ? "" : fold(skeleton));
    }

    /**
     * A romanized Arabic-script word without its long-vowel letters (ا و ی romanize to a, w, y) but with its
     * first letter, where و and ی are consonants and an alef is no optional vowel; "" when too short to compare.
     */
    private static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        out.append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'a' && c != 'w' && c != 'y') {
                out.append(c);
            }
        }
        return out.length() >= MIN_SKELETON ? out.toString() : "";
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
        return of(new Name(queryWords, queryWords, List.of(), false), new Name(aliasWords, aliasWords, List.of(), false));
    }

    /**
     * In [0, 1]: the weakest of the query words' best matches among the alias's words, a match being the mean of
     * the similarities of the romanized words and of their spellings. Between two words in Arabic script the
     * script's own ways to spell one name count too: the article ال may be left out ("الأردن", "اردن"), and long
     * vowels are written or not as the writer pleases ("آستانا", "آستنا"), so the words without them are compared
     * as well, that match averaged with the words' own so that of two names with the same letters the one spelt
     * alike comes first ("المن": "آلمان" and "اليمن"); the better reading counts.
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
                if (arabic) {
                    best = Math.max(best, arabic(query.forms().get(i), alias.forms().get(j)));
                } else if (query.arabic()) {
                    best = Math.max(best, crossScript(query.forms().get(i), alias.words().get(j), alias.spellings().get(j)));
                } else if (alias.arabic()) {
                    best = Math.max(best, crossScript(alias.forms().get(j), query.words().get(i), query.spellings().get(i)));
                } else {
                    best = Math.max(best, similarity(query.words().get(i), alias.words().get(j),
                            query.spellings().get(i), alias.spellings().get(j)));
                }
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }

    private static double arabic(List<Word> query, List<Word> alias) {
        double best = 0;
        for (Word q : query) {
            for (Word a : alias) {
                best = Math.max(best, similarity(q.romanized(), a.romanized(), q.spelling(), a.spelling()));
                if (!q.skeleton().isEmpty() && !a.skeleton().isEmpty()) {
                    best = Math.max(best, (similarity(q.skeleton(), a.skeleton(), q.spellingSkeleton(), a.spellingSkeleton())
                            + similarity(q.romanized(), a.romanized(), q.spelling(), a.spelling())) / 2);
                }
            }
        }
        return best;
    }

    /**
     * An Arabic-script word (its readings with and without the article) against a word of a script that writes
     * every vowel. Besides the words as they are, the other word is read as Arabic script would write it, without
     * the vowels the Arabic-script word does not write ({@link #written}); that reading is averaged with the
     * words' own similarity, as the Arabic-script readings without long vowels are, so that dropping vowels
     * alone cannot make a different name match; the better reading counts. Only for words of at least
     * {@value #MIN_SKELETON} consonant classes: fewer are too common to compare alone, as between Arabic-script
     * words.
     */
    /** Longest word the cross-script reading aligns. */
    static final int MAX_WRITTEN_LENGTH = 40;

    private static double crossScript(List<Word> arabicForms, String other, String otherSpelling) {
        double best = 0;
        for (Word a : arabicForms) {
            double plain = similarity(a.romanized(), other, a.spelling(), otherSpelling);
            if (a.spelling().chars().filter(c -> c != 'a').count() < MIN_SKELETON
                    || other.length() > MAX_WRITTEN_LENGTH || a.romanized().length() > MAX_WRITTEN_LENGTH) {
                // too few consonants to be told apart by them; or longer than any name's word (the alignment
                // table grows with the product of the lengths, and a query can be kilobytes long)
                best = Math.max(best, plain);
                continue;
            }
            double written = similarity(a.romanized(), written(asArabicLetters(other), a.romanized(), other),
                    a.spelling(), written(otherSpelling, a.spelling(), otherSpelling));
            best = Math.max(best, Math.max(plain, (plain + written) / 2));
        }
        return best;
    }

    /**
     * A romanized word with its vowels as the letters Arabic script writes long vowels with, romanized
     * (ا a, و w, ی y): o and u as w, i and e as y.
     */
    private static String asArabicLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case 'o', 'u' -> 'w';
                case 'i', 'e' -> 'y';
                default -> c;
            });
        }
        return out.toString();
    }

    /**
     * {@code word} without the vowels that {@code arabic} does not write: the single vowels (judged on
     * {@code original}, the word before its vowels were rewritten, index for index) left out of a longest common
     * subsequence of the two. Arabic script writes long vowels and leaves short ones out, so "jafar" against "jfr"
     * is "jfr" and "mahmoud" against "mhmwd" is "mhmwd". Consonants are all kept, so a consonant the Arabic-script
     * word lacks still counts against the match, and of two vowel letters in a row ("ou", "ee": a long vowel,
     * which Arabic script writes too) one stays ("mahmoud" against "mhmd" is "mhmwd").
     */
    static String written(String word, String arabic, String original) {
        int n = word.length();
        int m = arabic.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = word.charAt(i) == arabic.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] aligned = new boolean[n];
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (word.charAt(i) == arabic.charAt(j)) {
                aligned[i++] = true;
                j++;
            } else if (lcs[i][j + 1] > lcs[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            if (!isVowel(original.charAt(i))) {
                out.append(word.charAt(i++));
                continue;
            }
            int end = i;
            boolean anyAligned = false;
            while (end < n && isVowel(original.charAt(end))) {
                anyAligned |= aligned[end++];
            }
            for (int k = i; k < end; k++) {
                // a single vowel may be short and unwritten; a run of vowels is long, so one letter of it stays
                if (aligned[k] || !anyAligned && end - i > 1 && k == i) {
                    out.append(word.charAt(k));
                }
            }
            i = end;
        }
        return out.isEmpty() ? word : out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static double similarity(String word, String otherWord, String spelling, String otherSpelling) {
        return (JARO_WINKLER.apply(word, otherWord) + JARO_WINKLER.apply(spelling, otherSpelling)) / 2;
    }
}
