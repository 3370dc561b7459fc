package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link NameCloseness} between names written in Arabic script and in scripts that write every vowel. */
class NameClosenessTest {
    private static double closeness(String query, String alias) {
        return Math.min(NameCloseness.of(NameCloseness.name(query), NameCloseness.name(alias)),
                NameCloseness.of(NameCloseness.name(alias), NameCloseness.name(query)));
    }

    @Test
    void theOtherWordIsWrittenWithoutTheVowelsTheArabicScriptWordLeavesOut() {
        // short vowels go, the long one Arabic script writes (و as w) stays
        assertEquals("mhmwd", NameCloseness.written("mahmwwd", "mhmwd", "mahmoud"));
        // consonants are never dropped, so a consonant the Arabic-script word lacks still counts
        assertEquals("krmn", NameCloseness.written("karaman", "krm", "karaman"));
    }

    @Test
    void aFullNameInArabicScriptMatchesItsRomanizationWhoseShortVowelsItDoesNotWrite() {
        assertTrue(closeness("كريم منصور", "Karim Mansour") >= EntitySearch.TRANSLITERATION_THRESHOLD,
                "Karim Mansour " + closeness("كريم منصور", "Karim Mansour"));
        assertTrue(closeness("Karim Mansour", "كريم منصور") >= EntitySearch.TRANSLITERATION_THRESHOLD);
        assertTrue(closeness("كريم منصور", "Карим Мансур") >= EntitySearch.TRANSLITERATION_THRESHOLD,
                "Cyrillic " + closeness("كريم منصور", "Карим Мансур"));
    }

    @Test
    void droppingVowelsDoesNotMakeADifferentNameMatch() {
        // same letter classes once vowels are gone, but other consonants (kh, z) and another long vowel
        assertTrue(closeness("Houston", "خوزستان") < EntitySearch.TRANSLITERATION_THRESHOLD,
                "Houston ~ Khuzestan " + closeness("Houston", "خوزستان"));
        // a given name with other consonants
        assertTrue(closeness("Ahmad Karimi", "محمد کریمی") < EntitySearch.TRANSLITERATION_THRESHOLD);
    }
}
