package vn.binhdang.charts.release;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of a release beyond the catalogue and {@code fct_indicator}: the marts, the rejects, the
 * optional tables other jobs add later ({@code published_series}, {@code mart_completeness},
 * {@code mart_revisions}) and the manifest. Each may be missing: a missing table leaves its list empty and its name in
 * {@link #missingTables()}, and the pack leaves out what it would have shown.
 *
 * @param manifest     null when the release has no {@code manifest.json} yet (rendered before publication)
 * @param tableRows    rows per table: from the manifest, else from the Parquet footers
 * @param missingTables tables the pack can use that the release does not hold
 */
public record ReleaseExtras(
        List<TrendSummary> trends,
        List<TargetStatusRow> statuses,
        List<GenderGapRow> gaps,
        List<CommuneCompareRow> communes,
        List<RejectRow> rejects,
        List<PublishedValue> published,
        List<CompletenessRow> completeness,
        List<RevisionRow> revisions,
        ReleaseManifest manifest,
        Map<String, Long> tableRows,
        Set<String> missingTables) {

    public ReleaseExtras {
        trends = List.copyOf(trends);
        statuses = List.copyOf(statuses);
        gaps = List.copyOf(gaps);
        communes = List.copyOf(communes);
        rejects = List.copyOf(rejects);
        published = List.copyOf(published);
        completeness = List.copyOf(completeness);
        revisions = List.copyOf(revisions);
        tableRows = Map.copyOf(tableRows);
        missingTables = Set.copyOf(missingTables);
    }

    /** Nothing but the catalogue and the facts (tests, early releases). */
    public static ReleaseExtras none() {
        return new ReleaseExtras(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, Map.of(), Set.of());
    }

    public Optional<ReleaseManifest> manifestIfPresent() {
        return Optional.ofNullable(manifest);
    }
}
