/**
 * Reads the tables of a warehouse release from Parquet part files, without Spark, into typed records: the
 * catalogue, {@code fct_indicator}, the marts, rejects, the optional {@code published_series} and
 * {@code mart_completeness}, and {@code manifest.json}. The table contract is checked column by column;
 * suppressed rows lose their numbers as they are read.
 */
package vn.binhdang.charts.release;
