package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

/**
 * The verbs of a language by their form, from its profile: a list of verb forms, the verb prefixes, and (for
 * Persian) past and present stems with their personal and participle endings. Names and ordinary words that only
 * look like verbs are told apart by lists, never by letters alone. Keys are folded ({@code TextNormalizer.matchKey}).
 */
final class VerbMorphology {
    private final Set<String> forms;
    private final String verbPrefixes;
    /** Past stems (رفت); their bare form is a verb unless also listed in {@link #nominalPastStems}. */
    private final Set<String> pastStems;
    /** Past stems whose bare form is also a common noun (نشست meeting): only inflected forms are verbs. */
    private final Set<String> nominalPastStems;
    /** Present stems (گیر): a verb with the subjunctive or negative prefix and a personal ending (بگیرند). */
    private final Set<String> presentStems;
    /** Words that alone look like a verb form but are none (شدید severe, the name زند); prefixed forms still count. */
    private final Set<String> nonVerbs;
    /** Personal endings (and the participle's) after a past stem: ند, یم, ه, هاند ... */
    private final List<String> pastEndings;
    /** Personal endings after a present stem. */
    private final List<String> presentEndings;
    /** The ending of a past participle after the past stem (ه); null when none. */
    private final String participleEnding;

    VerbMorphology(Set<String> forms, String verbPrefixes, Set<String> pastStems, Set<String> nominalPastStems,
            Set<String> presentStems, Set<String> nonVerbs, List<String> pastEndings, List<String> presentEndings,
            String participleEnding) {
        this.forms = forms;
        this.verbPrefixes = verbPrefixes;
        this.pastStems = pastStems;
        this.nominalPastStems = nominalPastStems;
        this.presentStems = presentStems;
        this.nonVerbs = nonVerbs;
        this.pastEndings = pastEndings;
        this.presentEndings = presentEndings;
        this.participleEnding = participleEnding;
    }

    /** In the list of verb forms as written (no prefix, no stems). */
    boolean listed(String key) {
        return forms.contains(key);
    }

    /** The language has no list of verb forms. */
    boolean noneListed() {
        return forms.isEmpty();
    }

    /**
     * A verb form of the language (kb/verb-forms-&lt;lang&gt;.txt), also after a listed verb prefix (نرسید, برسد),
     * or one the profile's stems make ({@link #inflectedVerb}).
     */
    boolean verbForm(String key) {
        if (nonVerbs.contains(key)) {
            return false;
        }
        return forms.contains(key) || key.length() > 3 && verbPrefixes.indexOf(key.charAt(0)) >= 0
                && forms.contains(key.substring(1)) || inflectedVerb(key);
    }

    /**
     * A finite verb or participle made from the profile's stems: past stem + personal or participle ending, also
     * negated (ماندند, نوشته, نداشته; the bare stem only where it is no common noun: نوشت but not نشست), or a
     * verb prefix + present stem + personal ending (بکاهند, نگیرند). Lists of stems and endings, no guessing from
     * letters: names end in ید and ند too (جمشید, اروند).
     */
    boolean inflectedVerb(String key) {
        if (pastStems.isEmpty() && presentStems.isEmpty() || key.length() < 3 || nonVerbs.contains(key)) {
            return false;
        }
        if (pastForm(key)) {
            return true;
        }
        if (key.length() > 3 && verbPrefixes.indexOf(key.charAt(0)) >= 0) {
            for (String rest : afterPrefix(key.substring(1))) {
                if (pastForm(rest) || presentForm(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A present stem + personal ending, with no prefix (خرد in میخرد, گیرند in بگیرند): what follows the
     * subjunctive, negative or imperfective prefix.
     */
    boolean presentForm(String rest) {
        for (String ending : presentEndings) {
            if (rest.length() > ending.length() && rest.endsWith(ending)
                    && presentStems.contains(rest.substring(0, rest.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb after the prefix ب or ن, as written and, when it starts with the glide ی that a stem starting with
     * آ or ا takes after the prefix (بیاورد, نینداخت, بیفزاید), without the glide and with it read as ا (folded آ).
     */
    private static List<String> afterPrefix(String rest) {
        if (rest.length() > 2 && rest.charAt(0) == 'ی') {
            return List.of(rest, rest.substring(1), "ا" + rest.substring(1));
        }
        return List.of(rest);
    }

    /**
     * A past participle the stems make (رسیده, نوشته), negated or not: also an adjective, and many surnames are
     * one ([کاوه رسیده]).
     */
    boolean participle(String key) {
        if (participleEnding == null || !key.endsWith(participleEnding)) {
            return false;
        }
        String stemmed = key.substring(0, key.length() - participleEnding.length());
        return pastStems.contains(stemmed) || stemmed.length() > 3 && verbPrefixes.indexOf(stemmed.charAt(0)) >= 0
                && pastStems.contains(stemmed.substring(1));
    }

    private boolean pastForm(String key) {
        if (pastStems.contains(key)) {
            return !nominalPastStems.contains(key);
        }
        for (String ending : pastEndings) {
            if (key.length() > ending.length() && key.endsWith(ending)
                    && pastStems.contains(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }
}
