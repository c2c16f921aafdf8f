package vn.binhdang.charts.spec;

/** The kinds of chart in the pack; the suffix makes the PNG file name ({@code HLT_SRB-funnel.png}). */
public enum ChartKind {
    /** District trend with interval band, target line and national line. */
    TREND(""),
    /** Commune bars (or dots) with interval whiskers, the district line and the target. */
    COMMUNES("-communes"),
    /** Funnel plot of the communes around the district value. */
    FUNNEL("-funnel"),
    /** Women and men side by side, district and communes, with the gap. */
    SEXES("-sexes");

    private final String suffix;

    ChartKind(String suffix) {
        this.suffix = suffix;
    }

    public String id(String indicatorCode) {
        return indicatorCode + suffix;
    }
}
