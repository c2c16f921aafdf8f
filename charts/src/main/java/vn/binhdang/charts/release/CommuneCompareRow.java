package vn.binhdang.charts.release;

/**
 * One row of {@code mart_commune_compare}: a commune against the district for an indicator, period and
 * sex. A suppressed row keeps only its key: counts, value, interval, z-score, band, rank and smoothed
 * value are dropped (a rank or a band would place the hidden value among the others).
 *
 * @param funnelBand inside, high_95, low_95, high_998 or low_998; null for complete enumerations
 */
public record CommuneCompareRow(
        String indicatorCode,
        int year,
        String periodLabel,
        Sex sex,
        String areaCode,
        Double numerator,
        Double denominator,
        Double value,
        Double ciLower,
        Double ciUpper,
        Double districtValue,
        Integer rank,
        Integer communesRanked,
        Double funnelZ,
        String funnelBand,
        String overdispersion,
        Double phi,
        Double tau2,
        Double smoothedValue,
        boolean suppressed) {

    public CommuneCompareRow {
        if (suppressed) {
            numerator = null;
            denominator = null;
            value = null;
            ciLower = null;
            ciUpper = null;
            rank = null;
            funnelZ = null;
            funnelBand = null;
            smoothedValue = null;
        }
    }

    /** A pooled period ("2021-2023") rather than a single year. */
    public boolean pooled() {
        return periodLabel != null && !periodLabel.equals(String.valueOf(year));
    }

    /** Over-dispersion was allowed for by the additive (DerSimonian–Laird) adjustment. */
    public boolean additive() {
        return "additive".equals(overdispersion) && tau2 != null && tau2 > 0;
    }
}
