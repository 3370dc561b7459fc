package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void arabicScriptBlocksIncludeExtendedA() {
        assertTrue(Scripts.isArabic('ی'));
        assertTrue(Scripts.isArabic('\u08A0'), "Arabic Extended-A is Arabic script");
        assertTrue(Scripts.isArabic('\u0750'), "Arabic Supplement");
        assertTrue(Scripts.isArabic('\uFEFB'), "presentation forms");
        assertFalse(Scripts.isArabic('a'));
        assertFalse(Scripts.isArabic('\u0590'), "Hebrew");
    }

    @Test
    void firstLetterOrAnyCharacter() {
        assertTrue(Scripts.startsArabic("«تهران» Tehran"));
        assertFalse(Scripts.startsArabic("Tehran تهران"));
        assertTrue(Scripts.containsArabic("Tehran،"), "Arabic comma");
        assertFalse(Scripts.containsArabic("Tehran"));
    }

    @Test
    void scriptCodes() {
        assertEquals("Arab", Scripts.dominant("Baku باکو تهران"));
        assertEquals("Cyrl", Scripts.first("«Баку»"));
        assertEquals("Zyyy", Scripts.first("2024"));
        assertTrue(Scripts.isCased("Latn"));
        assertFalse(Scripts.isCased("Arab"));
    }
}
