package vn.binhdang.stats.outlier;

import java.io.Serializable;

/**
 * The verdict on one value of a scan.
 *
 * @param value the value, as given
 * @param score the modified z-score M for {@link ModifiedZScore}; {@code null} for {@link IqrRule} and for an
 *     untested scan
 * @param outlier true when the rule flags the value
 * @param direction {@code "high"} or {@code "low"} for an outlier, else {@code null}
 */
public record OutlierPoint(double value, Double score, boolean outlier, String direction) implements Serializable {
    private static final long serialVersionUID = 1L;
}
