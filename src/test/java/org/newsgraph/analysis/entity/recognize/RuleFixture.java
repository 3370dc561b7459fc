package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Provenance;

/** Runs one rule over a made-up sentence (ICU tokens) and shows what it found as "KIND surface". */
final class RuleFixture {
    static final LanguageProfiles PROFILES = LanguageProfiles.fromResources();

    private RuleFixture() {
    }

    static Document document(String text, String language) {
        Document document = new Document(text, language);
        document.setLanguage(new LanguageGuess(language, null, 1.0, List.of()));
        return document;
    }

    /** The mentions after the rule ran, as "KIND surface", in document order. */
    static List<String> run(Analyzer rule, Document document) {
        rule.analyze(document);
        return shown(document);
    }

    static List<String> run(Analyzer rule, String language, String text) {
        return run(rule, document(text, language));
    }

    static List<String> shown(Document document) {
        return document.mentions().stream().map(m -> m.kind() + " " + m.surface()).toList();
    }

    /** Adds a mention over the first occurrence of {@code surface}. */
    static Document with(Document document, String surface, EntityKind kind, Provenance provenance) {
        int start = document.text().indexOf(surface);
        document.mentions().add(new Mention(start, start + surface.length(), surface, surface, kind, 0.9, provenance, null));
        return document;
    }
}
