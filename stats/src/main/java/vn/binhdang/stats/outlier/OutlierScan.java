package vn.binhdang.stats.outlier;

import java.io.Serializable;
import java.util.List;

/**
 * The result of one outlier rule over one set of values (a series, or the communes of a year).
 *
 * @param status whether the values could be tested
 * @param n number of values
 * @param center the median ({@code null} for an empty set)
 * @param spread the raw MAD ({@link ModifiedZScore}) or the IQR ({@link IqrRule}); {@code null} for an empty set
 * @param lowerLimit values below it are outliers: median − threshold·MAD/0.6745, or Q1 − k·IQR; {@code null}
 *     unless tested
 * @param upperLimit values above it are outliers: median + threshold·MAD/0.6745, or Q3 + k·IQR; {@code null}
 *     unless tested
 * @param points one verdict per value, in the order given
 */
public record OutlierScan(ScanStatus status, int n, Double center, Double spread, Double lowerLimit,
        Double upperLimit, List<OutlierPoint> points) implements Serializable {
    private static final long serialVersionUID = 1L;

    public OutlierScan {
        points = List.copyOf(points);
    }

    /** Number of values flagged. */
    public long outliers() {
        return points.stream().filter(OutlierPoint::outlier).count();
    }
}
