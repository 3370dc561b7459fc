package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.entity.recognize.LanguageProfile;
import org.newsgraph.analysis.entity.recognize.LanguageProfiles;
import org.newsgraph.analysis.entity.recognize.NerTokens;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * Runs after every recognizer. Gives each mention an entity key: the knowledge-base id when its name is a
 * KB alias of the same kind, else {@code "tk:" + kind + ":" + TransliterationKey.ofName} so that one unknown person
 * written in several scripts still gets one key. Then applies "one sense per document": a name recognized
 * once is recognized wherever else the same word sequence occurs in the text (recognizer "propagation"), and
 * the surname of a person recognized with a full name is that person wherever it stands alone ([Kofi Annan] ...
 * [Annan] said), unless it is a given name, a function word or (where the language lists them) an ordinary word.
 * The persons of the knowledge base are known without their full name: in a language whose profile lists its
 * ordinary words, the surname of a knowledge-base person stands for that person on its own ([خاتمی] گفت) when no
 * other person of the knowledge base or of the document has it and it passes the same tests (and has four letters
 * or more: Persian ordinals such as سوم close regnal names).
 */
public final class EntityLinker implements Analyzer {
    public static final Provenance PROPAGATION = Provenance.PROPAGATION;
    /** Propagated copies are a little less sure than the mention they copy. */
    private static final double PROPAGATION_FACTOR = 0.9;

    private final KnowledgeBase kb;
    private final LanguageProfiles profiles;
    /** Per language: surname key -> the one knowledge-base person whose name in that language ends with it. */
    private final Map<String, Map<String, KnowledgeBase.Entity>> kbSurnames = new ConcurrentHashMap<>();

    /** Without language profiles: full names propagate, surnames only in cased scripts. */
    public EntityLinker(KnowledgeBase kb) {
        this(kb, null);
    }

    public EntityLinker(KnowledgeBase kb, LanguageProfiles profiles) {
        this.kb = kb;
        this.profiles = profiles;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ENTITY_LINKS);
    }

    @Override
    public void analyze(Document document) {
        List<Mention> mentions = document.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entityKey() == null) {
                mentions.set(i, m.withEntityKey(keyFor(m)));
            }
        }
        propagate(document);
    }

    String keyFor(Mention m) {
        String name = m.normalized() != null && !m.normalized().isBlank() ? m.normalized() : m.surface();
        List<KnowledgeBase.Entity> candidates = kb.lookup(name, m.kind());
        if (candidates.isEmpty() && !name.equals(m.surface())) {
            candidates = kb.lookup(m.surface(), m.kind());
        }
        if (!candidates.isEmpty()) {
            return candidates.get(0).id();
        }
        return "tk:" + m.kind() + ":" + TransliterationKey.ofName(m.surface());
    }

    private void propagate(Document document) {
        String text = document.text();
        List<Mention> mentions = document.mentions();
        LanguageProfile profile = profiles == null ? null : profiles.of(NerTokens.languageOf(document));
        boolean kbSurnamesApply = profile != null && profile.knowsOrdinaryWords();
        if (mentions.isEmpty() && !kbSurnamesApply) {
            return;
        }
        BitSet covered = new BitSet(text.length());
        // the token-key sequence of every recognized name -> the mention to copy (the most confident one)
        Map<String, Mention> names = new HashMap<>();
        Map<String, Mention> surnames = new HashMap<>();
        int longest = 1;
        for (Mention m : mentions) {
            covered.set(m.start(), m.end());
            List<String> keys = KnowledgeBase.tokenKeys(m.normalized() != null && !m.normalized().isBlank()
                    ? m.normalized() : m.surface());
            if (keys.isEmpty() || !propagatable(m, keys)) {
                continue;
            }
            names.merge(String.join(" ", keys), m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            longest = Math.max(longest, keys.size());
            if (m.kind() == EntityKind.PER && keys.size() > 1 && surnameOnItsOwn(m, keys.get(keys.size() - 1), profile)) {
                surnames.merge(keys.get(keys.size() - 1), m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        // the entity keys of the document's persons by their last word (null: a person not linked), read once
        Map<String, Set<String>> personsBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PER) {
                personsBySurname.computeIfAbsent(lastKey(m), k -> new HashSet<>()).add(m.entityKey());
            }
        }
        // a surname shared by two different persons of the document names neither on its own
        surnames.entrySet().removeIf(e -> personsBySurname.getOrDefault(e.getKey(), Set.of()).stream()
                .anyMatch(key -> key != null && !key.equals(e.getValue().entityKey())));
        surnames.forEach(names::putIfAbsent);
        List<Token> words = null;
        if (kbSurnamesApply) {
            words = GazetteerTokens.words(document);
            Map<String, KnowledgeBase.Entity> known = knowledgeBaseSurnames(profile);
            for (Token word : words) {
                KnowledgeBase.Entity person = known.get(word.key());
                if (person == null || names.containsKey(word.key())) {
                    continue;
                }
                boolean otherPerson = personsBySurname.getOrDefault(word.key(), Set.of()).stream()
                        .anyMatch(key -> !person.id().equals(key));
                if (!otherPerson) {
                    names.put(word.key(), new Mention(0, 0, word.key(), word.key(), EntityKind.PER,
                            KB_SURNAME_CONFIDENCE / PROPAGATION_FACTOR, PROPAGATION, person.id()));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        if (words == null) {
            words = GazetteerTokens.words(document);
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder seq = new StringBuilder();
            Mention best = null;
            int bestEnd = -1;
            for (int j = i; j < words.size() && j - i < longest; j++) {
                if (j > i) {
                    if (!GazetteerTokens.joinableGap(text, words.get(j - 1).end(), words.get(j).start())) {
                        break;
                    }
                    seq.append(' ');
                }
                seq.append(words.get(j).key());
                Mention source = names.get(seq.toString());
                if (source != null) {
                    best = source;
                    bestEnd = j;
                }
            }
            if (best == null) {
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(bestEnd).end();
            String surface = text.substring(start, end);
            boolean free = covered.nextSetBit(start) < 0 || covered.nextSetBit(start) >= end;
            if (free && caseCompatible(best.surface(), surface)) {
                added.add(new Mention(start, end, surface, seqKey(words, i, bestEnd), best.kind(),
                        best.confidence() * PROPAGATION_FACTOR, PROPAGATION, best.entityKey()));
                covered.set(start, end);
                i = bestEnd;
            }
        }
        mentions.addAll(added);
    }

    private static final double KB_SURNAME_CONFIDENCE = 0.6;

    /** Surnames of the knowledge base's persons in the profile's language that may stand alone, unambiguous. */
    Map<String, KnowledgeBase.Entity> knowledgeBaseSurnames(LanguageProfile profile) {
        return kbSurnames.computeIfAbsent(profile.language(), language -> {
            Map<String, KnowledgeBase.Entity> out = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (KnowledgeBase.Entity e : kb.entities()) {
                if (e.kind() != EntityKind.PER) {
                    continue;
                }
                for (KnowledgeBase.Alias a : e.aliases()) {
                    if (!a.language().equals(language) && !a.language().startsWith(language + "-")) {
                        continue;
                    }
                    List<String> keys = KnowledgeBase.tokenKeys(a.text());
                    if (keys.size() < 2) {
                        continue;
                    }
                    String surname = keys.get(keys.size() - 1);
                    KnowledgeBase.Entity before = out.putIfAbsent(surname, e);
                    if (before != null && !before.id().equals(e.id())) {
                        ambiguous.add(surname);
                    }
                }
            }
            out.keySet().removeAll(ambiguous);
            out.keySet().removeIf(s -> s.codePointCount(0, s.length()) < 4
                    || kb.isStopword(s) || profile.givenNames().contains(s) || profile.commonWord(s));
            return Map.copyOf(out);
        });
    }

    /**
     * Whether a person's last name word may stand for the person elsewhere in the document: no given name or
     * function word; in scripts without case only where the language lists its ordinary words and this is none
     * of them (Persian زمانی is a surname and "temporal"), in cased scripts only capitalized (checked per copy).
     */
    private boolean surnameOnItsOwn(Mention m, String surname, LanguageProfile profile) {
        if (surname.codePointCount(0, surname.length()) < 3 || kb.isStopword(surname)) {
            return false;
        }
        boolean cased = Scripts.isCased(Scripts.first(m.surface()));
        if (profile == null) {
            return cased;
        }
        if (profile.givenNames().contains(surname) || profile.stopword(surname)) {
            return false;
        }
        return cased || profile.knowsOrdinaryWords() && !profile.commonWord(surname);
    }

    private static String lastKey(Mention m) {
        List<String> keys = KnowledgeBase.tokenKeys(m.normalized() != null && !m.normalized().isBlank() ? m.normalized() : m.surface());
        return keys.isEmpty() ? "" : keys.get(keys.size() - 1);
    }

    private static String seqKey(List<Token> words, int from, int to) {
        StringBuilder key = new StringBuilder(words.get(from).key());
        for (int k = from + 1; k <= to; k++) {
            key.append(' ').append(words.get(k).key());
        }
        return key.toString();
    }

    /** Short or stop-word names would spread onto ordinary words; those are not propagated. */
    private boolean propagatable(Mention m, List<String> keys) {
        String joined = String.join(" ", keys);
        if (joined.codePointCount(0, joined.length()) < 3) {
            return false;
        }
        return keys.size() > 1 || !kb.isStopword(keys.get(0));
    }

    /** In cased scripts a capitalized name spreads only to capitalized occurrences ("Rose" not "rose"). */
    private static boolean caseCompatible(String recognized, String occurrence) {
        String script = Scripts.first(recognized);
        if (!Scripts.isCased(script) || !GazetteerTokens.startsUpperCase(recognized)) {
            return true;
        }
        return GazetteerTokens.startsUpperCase(occurrence);
    }
}
