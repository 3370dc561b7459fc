package org.newsgraph.analysis.xref;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.NumberMention;
import org.newsgraph.analysis.document.Provenance;

/** Hand-built analyzed documents: the layers other analyzers would fill, filled directly. */
final class XrefTestDocs {
    private XrefTestDocs() {}

    static Document doc(String text, String language) {
        return new Document(text, language);
    }

    /** Adds a linked mention at the first occurrence of the surface. */
    static void mention(Document d, String surface, String entityKey) {
        int start = d.text().indexOf(surface);
        d.mentions().add(new Mention(start, start + surface.length(), surface, surface, EntityKind.PER, 0.9,
                Provenance.NEWS_RULES, entityKey));
    }

    static void date(Document d, String surface, LocalDate day) {
        int start = d.text().indexOf(surface);
        d.dates().add(new DateMention(start, start + surface.length(), surface, "gregorian", day, day));
    }

    static void number(Document d, String surface, String value) {
        int start = d.text().indexOf(surface);
        d.numbers().add(new NumberMention(start, start + surface.length(), surface, new BigDecimal(value)));
    }

    static ArticleSignals signals(String id, Document d, String language, Instant published) {
        return new SignalExtractor().extract(id, d, language, published, null, null);
    }
}
