package org.newsgraph.article;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.newsgraph.analysis.document.LanguageGuess;

/** A stored article (JPA). Never leaves the service: resources answer with {@link ArticleView}. */
@Entity
@Table(name = "article")
public class Article {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "declared_language")
    public String declaredLanguage;

    public String language;
    public String script;

    @Column(name = "language_confidence")
    public Double languageConfidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "language_alternatives")
    public List<LanguageGuess.Alternative> languageAlternatives;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_raw")
    public String publishedRaw;

    @Column(name = "published_calendar")
    public String publishedCalendar;

    public String source;

    @Column(name = "ingested_at", insertable = false, updatable = false)
    public OffsetDateTime ingestedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "analysis_status", nullable = false)
    public String analysisStatus;

    @Column(name = "analysis_version")
    public Integer analysisVersion;

    @Column(name = "analysis_error")
    public String analysisError;

    /** Maintained by cross-reference linking in SQL; never written back from here (no lost updates). */
    @Column(name = "story_id", insertable = false, updatable = false)
    public Long storyId;
}
