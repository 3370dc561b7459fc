package org.newsgraph.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

import com.ibm.icu.text.Transliterator;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * (query, expected entity) pairs and no-match queries for entity search, generated from the knowledge base
 * alone (deterministic; written before the search was tuned). Kinds of query, per script (Latn, Cyrl, Arab):
 * <ul>
 * <li>{@code held-out}: an alias of a curated entity removed from the store (see {@link #heldOut}) and used as
 *     the query; the entity keeps at least one other non-abbreviated alias in the same script and another spelling
 *     of the same name (equal transliteration key) in any script. Only aliases whose folded form belongs to no
 *     other entity.</li>
 * <li>{@code exact}: a stored alias that belongs to one entity only.</li>
 * <li>{@code surname}: the last word of a person's multi-word alias when no other entity has that word.</li>
 * <li>{@code misspelling}: a stored alias changed by one rule of {@link #MISSPELLINGS} (yev/ev, iy/i, doubled
 *     letters, ou/u; Cyrillic ий/и, ь dropped; Arabic-script ی/ي and ا in the word dropped, ة/ه) in a word of at least
 *     five letters, kept only when the result is no alias of any entity.</li>
 * <li>no match ({@code expected == null}): a given name of one person with the surname of another, common words
 *     of the languages and syllable-built place-like names (Latin, ICU Latin-Cyrillic, Arabic letters), kept only
 *     when no alias equals them, starts with them or contains them as whole words.</li>
 * </ul>
 * Cases are split into development (about 40 %) and test by a CRC32 of the query.
 */
public final class EntitySearchTestSet {
    public static final Set<String> SCRIPTS = Set.of("Latn", "Cyrl", "Arab");
    /** The CLDR languages loaded with the curated file, for the store and the generator alike. */
    public static final Set<String> KB_LANGUAGES = Set.of("en", "ru", "ar", "fa", "az", "tr");

    /** One query; {@code expectedId} is the knowledge-base id, null when the query must return nothing. */
    public record Case(String query, String script, String type, String expectedId, boolean dev) {
        public boolean noMatch() {
            return expectedId == null;
        }
    }

    public final List<Case> cases = new ArrayList<>();
    /** Per knowledge-base id, alias texts left out of the store. */
    public final Map<String, Set<String>> heldOut = new HashMap<>();

    private static final String[][] MISSPELLINGS = {
            {"yev", "ev"}, {"iev", "iyev"}, {"iy", "i"}, {"ou", "u"}, {"ss", "s"}, {"ll", "l"}, {"mm", "m"}, {"tt", "t"},
            {"ий", "и"}, {"ь", ""}, {"ев", "ьев"}, {"ي", ""}, {"ی", ""}, {"ا", ""}, {"ة", "ه"}, {"ch", "sh"}, {"k", "q"}};
    private static final String[] COMMON_WORDS = {
            "weather", "yesterday", "government", "tomorrow", "football", "economy", "hospital", "minister", "election",
            "newspaper", "kitchen", "window", "breakfast", "question", "holiday", "teacher", "mountain road",
            "погода", "вчера", "правительство", "завтра", "футбол", "экономика", "больница", "выборы", "газета",
            "кухня", "окно", "завтрак", "вопрос", "учитель", "дорога",
            "الطقس", "أمس", "الحكومة", "غدا", "كرة القدم", "الاقتصاد", "مستشفى", "الانتخابات", "صحيفة", "مطبخ",
            "نافذة", "سؤال", "معلم", "هوا", "دیروز", "دولت", "فردا", "فوتبال", "اقتصاد", "بیمارستان", "انتخابات",
            "روزنامه", "آشپزخانه", "پنجره", "صبحانه", "پرسش", "معلم مدرسه",
            "hava", "dünən", "hökumət", "sabah", "iqtisadiyyat", "xəstəxana", "seçki", "qəzet", "mətbəx", "pəncərə",
            "müəllim", "dün", "hükümet", "yarın", "ekonomi", "hastane", "gazete", "mutfak", "pencere", "öğretmen"};
    private static final String[] SYLLABLES = {"ka", "ro", "ve", "lin", "dor", "sta", "mi", "bru", "tel", "quo", "zan",
            "fe", "gor", "ix", "plo", "nu", "the", "wal", "kri", "os", "ump", "sel", "dra", "vik", "ho", "mar", "ten"};
    private static final String[] ARABIC_SYLLABLES = {"كا", "رو", "في", "لين", "دور", "ستا", "مي", "برو", "تل", "زان",
            "غور", "بلو", "نو", "وال", "كري", "سل", "درا", "فيك", "هو", "مار", "تن", "ظف", "ثو", "صي", "ضا"};

    private final KnowledgeBase kb;
    private final Map<String, Set<String>> ownersByAlias = new HashMap<>();
    private final Map<String, Set<String>> ownersByWord = new HashMap<>();
    private final TreeSet<String> aliasKeys = new TreeSet<>();

    private EntitySearchTestSet(KnowledgeBase kb) {
        this.kb = kb;
        for (KnowledgeBase.Entity e : kb.entities()) {
            for (KnowledgeBase.Alias a : e.aliases()) {
                String key = TextNormalizer.matchKey(a.text());
                ownersByAlias.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
                aliasKeys.add(key);
                for (String w : key.split(" ")) {
                    ownersByWord.computeIfAbsent(w, k -> new HashSet<>()).add(e.id());
                }
            }
        }
    }

    public static EntitySearchTestSet generate(KnowledgeBase kb) {
        EntitySearchTestSet set = new EntitySearchTestSet(kb);
        set.positives();
        set.noMatches();
        return set;
    }

    public List<Case> select(boolean dev) {
        return cases.stream().filter(c -> c.dev() == dev).toList();
    }

    private void positives() {
        List<KnowledgeBase.Entity> curated = new ArrayList<>();
        kb.entities().forEach(e -> {
            if (e.curated()) {
                curated.add(e);
            }
        });
        curated.sort(Comparator.comparing(KnowledgeBase.Entity::id));
        for (KnowledgeBase.Entity e : curated) {
            Map<String, List<String>> byScript = new LinkedHashMap<>();
            for (KnowledgeBase.Alias a : e.aliases()) {
                String script = Scripts.dominant(a.text());
                if (SCRIPTS.contains(script) && !abbreviation(a.text())) {
                    List<String> list = byScript.computeIfAbsent(script, s -> new ArrayList<>());
                    if (list.stream().noneMatch(t -> TextNormalizer.matchKey(t).equals(TextNormalizer.matchKey(a.text())))) {
                        list.add(a.text());
                    }
                }
            }
            Set<String> held = new HashSet<>();
            byScript.forEach((script, texts) -> {
                if (texts.size() < 2) {
                    return;
                }
                String pick = texts.get((int) (hash(e.id() + script) % texts.size()));
                if (uniqueAlias(pick, e.id()) && hasSpellingVariant(e, pick)) {
                    held.add(pick);
                    add(pick, script, "held-out", e.id());
                }
            });
            if (!held.isEmpty()) {
                heldOut.put(e.id(), held);
            }
            byScript.forEach((script, texts) -> {
                List<String> kept = texts.stream().filter(t -> !held.contains(t)).toList();
                if (kept.isEmpty()) {
                    return;
                }
                String exact = kept.get((int) (hash(e.id() + script + "exact") % kept.size()));
                if (uniqueAlias(exact, e.id()) && hash(exact) % 3 == 0) {
                    add(exact, script, "exact", e.id());
                }
                for (String text : kept) {
                    String misspelled = misspell(text, hash(text));
                    if (misspelled != null && !ownersByAlias.containsKey(TextNormalizer.matchKey(misspelled))) {
                        add(misspelled, script, "misspelling", e.id());
                        break;
                    }
                }
                if (e.kind() == EntityKind.PER && !"Arab".equals(script)) {
                    for (String text : kept) {
                        String[] words = TextNormalizer.matchKey(text).split(" ");
                        String surname = words[words.length - 1];
                        if (words.length >= 2 && surname.length() >= 4 && ownersByWord.get(surname).size() == 1
                                && !ownersByAlias.containsKey(surname)) {
                            add(text.substring(text.length() - surname.length()), script, "surname", e.id());
                            break;
                        }
                    }
                }
            });
        }
    }

    private void noMatches() {
        Random random = new Random(15);
        Map<String, List<String[]>> namesByScript = new LinkedHashMap<>();
        List<KnowledgeBase.Entity> persons = new ArrayList<>();
        kb.entities().forEach(e -> {
            if (e.curated() && e.kind() == EntityKind.PER) {
                persons.add(e);
            }
        });
        persons.sort(Comparator.comparing(KnowledgeBase.Entity::id));
        for (KnowledgeBase.Entity p : persons) {
            for (KnowledgeBase.Alias a : p.aliases()) {
                String[] words = a.text().split("\\s+");
                String script = Scripts.dominant(a.text());
                if (words.length == 2 && SCRIPTS.contains(script)) {
                    namesByScript.computeIfAbsent(script, s -> new ArrayList<>()).add(new String[] {p.id(), words[0], words[1]});
                }
            }
        }
        namesByScript.forEach((script, names) -> {
            for (int i = 0, made = 0; i < 400 && made < 30; i++) {
                String[] given = names.get(random.nextInt(names.size()));
                String[] family = names.get(random.nextInt(names.size()));
                if (!given[0].equals(family[0]) && addNoMatch(given[1] + " " + family[2], script, "mixed-name")) {
                    made++;
                }
            }
        });
        for (String word : COMMON_WORDS) {
            addNoMatch(word, Scripts.dominant(word), "common-word");
        }
        Transliterator toCyrillic = Transliterator.getInstance("Latin-Cyrillic");
        for (int i = 0, made = 0; i < 400 && made < 40; i++) {
            String latin = syllables(random, SYLLABLES);
            String name = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            if (addNoMatch(name, "Latn", "invented")) {
                made++;
            }
            if (i % 2 == 0) {
                addNoMatch(toCyrillic.transliterate(name), "Cyrl", "invented");
            }
            addNoMatch(syllables(random, ARABIC_SYLLABLES), "Arab", "invented");
        }
    }

    private static String syllables(Random random, String[] from) {
        StringBuilder out = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            out.append(from[random.nextInt(from.length)]);
        }
        return out.toString();
    }

    private boolean addNoMatch(String query, String script, String type) {
        String key = TextNormalizer.matchKey(query);
        if (key.length() < 3 || !SCRIPTS.contains(script) || cases.stream().anyMatch(c -> c.query().equals(query))) {
            return false;
        }
        String ceiling = aliasKeys.ceiling(key);
        if (ceiling != null && ceiling.startsWith(key)) {
            return false; // an alias equals or starts with it
        }
        String padded = " " + key + " ";
        for (String alias : aliasKeys) {
            if ((" " + alias + " ").contains(padded)) {
                return false;
            }
        }
        add(query, script, type, null);
        return true;
    }

    private void add(String query, String script, String type, String expected) {
        if (cases.stream().anyMatch(c -> c.query().equals(query))) {
            return;
        }
        cases.add(new Case(query, script, type, expected, hash("split:" + query) % 10 < 4));
    }

    private boolean uniqueAlias(String text, String entityId) {
        Set<String> owners = ownersByAlias.get(TextNormalizer.matchKey(text));
        return owners != null && owners.size() == 1 && owners.contains(entityId);
    }

    /**
     * Whether another alias of the entity is the same name spelt otherwise (equal {@link TransliterationKey}):
     * a translation ("Vereinte Nationen" for "United Nations") is not something a spelling search can find.
     */
    private static boolean hasSpellingVariant(KnowledgeBase.Entity e, String text) {
        String key = TransliterationKey.ofName(text);
        String folded = TextNormalizer.matchKey(text);
        return !key.isEmpty() && e.aliases().stream().anyMatch(a -> !TextNormalizer.matchKey(a.text()).equals(folded)
                && TransliterationKey.ofName(a.text()).equals(key));
    }

    private static boolean abbreviation(String text) {
        return TextNormalizer.matchKey(text).replace(" ", "").length() < 4 || text.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.isUpperCase(cp));
    }

    /** The first rule (from a hash-chosen start) that changes the text, or null. */
    private static String misspell(String text, long hash) {
        for (int i = 0; i < MISSPELLINGS.length; i++) {
            String[] rule = MISSPELLINGS[(int) ((hash + i) % MISSPELLINGS.length)];
            int at = text.indexOf(rule[0], 1);
            if (at > 0 && wordAround(text, at).length() >= 5) {
                String changed = text.substring(0, at) + rule[1] + text.substring(at + rule[0].length());
                if (!TextNormalizer.matchKey(changed).equals(TextNormalizer.matchKey(text))) {
                    return changed;
                }
            }
        }
        return null;
    }

    /** The word of {@code text} containing the position: short words changed are other words, not misspellings. */
    private static String wordAround(String text, int at) {
        int start = text.lastIndexOf(' ', at) + 1;
        int end = text.indexOf(' ', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    static long hash(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Counts per (dev/test, script, type), for the record. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Case c : cases) {
            counts.merge((c.dev() ? "dev " : "test ") + c.script() + " " + c.type(), 1, Integer::sum);
        }
        return counts;
    }

    static Set<String> ids(List<Case> cases) {
        Set<String> out = new LinkedHashSet<>();
        cases.forEach(c -> out.add(c.expectedId()));
        return out;
    }
}
