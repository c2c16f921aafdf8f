/**
 * Spark SQL expressions that several jobs share and that hold a rule of their own (no job, no table):
 * {@link vn.binhdang.sql.ExactSum}, a sum that does not depend on the partitioning.
 */
package vn.binhdang.sql;
