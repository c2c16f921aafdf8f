package vn.binhdang.charts.spec;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.theme.Messages;

/**
 * What a planner of one part of the pack (the data page, the commune annex) works from: the release, the
 * language, the plan year, the run's area and the texts worded for that area.
 */
abstract class SectionPlanner {

    final Release release;
    final Lang lang;
    final int year;
    /** Code of the run's area (a district, a province, the nation). */
    final String district;
    final IndicatorTexts texts;
    final Messages msg;

    SectionPlanner(Release release, Lang lang, int planYear, String areaCode, IndicatorTexts texts) {
        this.release = release;
        this.lang = lang;
        this.year = planYear;
        this.district = areaCode;
        this.texts = texts;
        this.msg = texts.messages();
    }
}
