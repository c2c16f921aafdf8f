/**
 * Reads the published tables of a warehouse release (dim_indicator, dim_area, fct_indicator) from Parquet
 * part files, without Spark, into typed records. The table contract is checked column by column.
 */
package vn.binhdang.charts.release;
