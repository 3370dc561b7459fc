package org.newsgraph.article;

/**
 * Where an article stands in its life: stored, analyzed, linked, or failed at one of the two steps. The
 * store keeps it in two columns the API shows, {@code analysis_status} (pending, done, failed) and
 * {@code link_status} (pending, linked, failed); {@code ingest.ArticleLifecycle} is the only writer.
 */
public enum ArticleState {
    /** Stored, waiting for its analysis. */
    STORED("pending", "pending"),
    /** Analysis results stored, waiting to be linked. */
    ANALYZED("done", "pending"),
    /** Analyzed and linked to the other articles. */
    LINKED("done", "linked"),
    /** The analysis failed (for now or for good); the article stays stored. */
    ANALYSIS_FAILED("failed", "pending"),
    /** Analyzed, but linking failed (for now or for good). */
    LINK_FAILED("done", "failed");

    private final String analysisStatus;
    private final String linkStatus;

    ArticleState(String analysisStatus, String linkStatus) {
        this.analysisStatus = analysisStatus;
        this.linkStatus = linkStatus;
    }

    /** The value of {@code article.analysis_status} in this state. */
    public String analysisStatus() {
        return analysisStatus;
    }

    /** The value of {@code article.link_status} in this state. */
    public String linkStatus() {
        return linkStatus;
    }

    /** The state the two stored columns describe. */
    public static ArticleState of(String analysisStatus, String linkStatus) {
        for (ArticleState s : values()) {
            if (s.analysisStatus.equals(analysisStatus) && s.linkStatus.equals(linkStatus)) {
                return s;
            }
        }
        // A failed analysis keeps whatever linking an earlier analysis had.
        if ("failed".equals(analysisStatus)) {
            return ANALYSIS_FAILED;
        }
        throw new IllegalArgumentException("No article state for " + analysisStatus + "/" + linkStatus);
    }
}
