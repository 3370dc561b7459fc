package org.newsgraph.article;

/** Where an article's analysis stands; stored lower-case in {@code article.analysis_status}. */
public enum AnalysisStatus {
    PENDING, DONE, FAILED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
