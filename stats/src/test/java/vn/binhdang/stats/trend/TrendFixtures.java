package vn.binhdang.stats.trend;

/** Series shared by the trend tests; reference values are computed from exactly these numbers. */
final class TrendFixtures {

    private TrendFixtures() {
    }

    /** Uneven gaps (2017, 2020 and 2022 missing). */
    static final double[] UNEVEN_X = {2015, 2016, 2018, 2019, 2021, 2023};
    static final double[] UNEVEN_Y = {42.1, 43.5, 44.0, 47.2, 46.8, 50.3};

    /** Nine years with tied values (two 5s, three 7s). */
    static final double[] TIES_X = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023};
    static final double[] TIES_Y = {3, 5, 5, 4, 7, 7, 7, 9, 8};

    /** A decreasing rate. */
    static final double[] DECREASING_X = {2016, 2017, 2018, 2019, 2020, 2021, 2022};
    static final double[] DECREASING_Y = {120.5, 118.2, 119.0, 110.4, 108.8, 109.1, 101.2};

    /** Three points, uneven. */
    static final double[] THREE_X = {2019, 2020, 2023};
    static final double[] THREE_Y = {10, 12, 11};

    /** S = 0 with ties. */
    static final double[] SZERO_X = {2018, 2019, 2020, 2021};
    static final double[] SZERO_Y = {1, 2, 2, 1};
}
