package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TransliterationKeyTest {
    @Test
    void oneSurnameAcrossScriptsGetsOneKey() {
        String latin = TransliterationKey.ofName("Aliyev");
        for (String other : List.of("Əliyev", "علیاف", "علييف", "Алиев", "Aliev")) {
            assertEquals(latin, TransliterationKey.ofName(other), other);
        }
    }

    @Test
    void fullNamesAcrossScripts() {
        String putin = TransliterationKey.ofName("Vladimir Putin");
        assertEquals(putin, TransliterationKey.ofName("Владимир Путин"));
        assertEquals(TransliterationKey.ofName("Putin"), TransliterationKey.ofName("پوتین"));
        assertEquals(TransliterationKey.ofName("Putin"), TransliterationKey.ofName("بوتين"));
        assertEquals(TransliterationKey.ofName("Ilham"), TransliterationKey.ofName("Ильхам"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(TransliterationKey.ofName("Aliyev"), TransliterationKey.ofName("Putin"));
        assertNotEquals(TransliterationKey.ofName("Lavrov"), TransliterationKey.ofName("Pashinyan"));
        assertEquals("", TransliterationKey.ofName("  "));
    }
}
