/**
 * Staging of the counts: {@link vn.binhdang.staging.StageCountsJob} puts every count source of an input
 * folder (count CSVs, parsed in {@code ingest}; commune forms, parsed in {@code forms}; the registers'
 * aggregates) through the cross-row rules into {@code stg_counts} and {@code rejects}. It sits above both
 * parsers so that neither imports the other.
 */
package vn.binhdang.staging;
