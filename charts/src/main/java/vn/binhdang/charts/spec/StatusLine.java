package vn.binhdang.charts.spec;

import java.util.List;

/**
 * The status of one indicator in one area at a glance: name, target, and per judged sex the value with
 * its interval, a traffic light and a trend arrow. The summary page is a table of these, each
 * indicator page opens with one, and the commune annex has one per indicator and commune.
 */
public record StatusLine(String indicatorCode, int objective, String name, String target, List<StatusEntry> entries) {

    public StatusLine {
        entries = List.copyOf(entries);
    }
}
