package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TransliterationKeyTest {
    @Test
    void oneSurnameAcrossScriptsGetsOneKey() {
        String latin = TransliterationKey.of("Aliyev");
        for (String other : List.of("Əliyev", "علیاف", "علييف", "Алиев", "Aliev")) {
            assertEquals(latin, TransliterationKey.of(other), other);
        }
    }

    @Test
    void fullNamesAcrossScripts() {
        String putin = TransliterationKey.of("Vladimir Putin");
        assertEquals(putin, TransliterationKey.of("Владимир Путин"));
        assertEquals(TransliterationKey.of("Putin"), TransliterationKey.of("پوتین"));
        assertEquals(TransliterationKey.of("Putin"), TransliterationKey.of("بوتين"));
        assertEquals(TransliterationKey.of("Ilham"), TransliterationKey.of("Ильхам"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(TransliterationKey.of("Aliyev"), TransliterationKey.of("Putin"));
        assertNotEquals(TransliterationKey.of("Lavrov"), TransliterationKey.of("Pashinyan"));
        assertEquals("", TransliterationKey.of("  "));
    }
}
