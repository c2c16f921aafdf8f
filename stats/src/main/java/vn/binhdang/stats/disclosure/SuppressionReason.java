package vn.binhdang.stats.disclosure;

/** Why a cell is suppressed. */
public enum SuppressionReason {
    /** Its own value is in the suppression range (1–4 by default). */
    PRIMARY,
    /** Hidden to protect other suppressed cells. */
    COMPLEMENTARY,
    /** Published together with a suppressed cell (the other count of the same figure), so hidden with it. */
    LINKED
}
