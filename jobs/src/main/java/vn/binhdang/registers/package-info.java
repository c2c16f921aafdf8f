/**
 * Unit-record registers (DESIGN §4.3, issue 4 part 2): births, maternal deaths, school completion and
 * the labour-force survey, as CSV or Parquet files below {@code DIR/registers/<register>/}.
 *
 * <p>Layers, as for the counts: raw files → one staged table per register (grain: one record, with
 * lineage: {@code source_file}, {@code line_number} or {@code row_index}, {@code file_sha256}),
 * invalid records to {@code rejects} → an intermediate Dataset of aggregated counts in the schema of
 * {@code stg_counts}, which goes through the count rules into {@code fct_counts}.
 *
 * <p>A run wires it like this:
 *
 * <pre>{@code
 * StageRegistersJob.Staged reg = StageRegistersJob.run(spark, input.resolve("registers").toString(), catalogue, year);
 * for (StageRegistersJob.StagedRegister s : reg.registers()) release.write(s.register().table(), s.rows());
 * // rejects: union reg.rejects() with the other rejects; files: union reg.files() with the other files
 * Map<Register, Dataset<Row>> back = ...;  // each table read back with spark.read().schema(table.schema())
 * Dataset<Row> counts = RegisterCountsJob.run(back, reg.files());  // stg_counts schema, input_kind register_*
 * }</pre>
 *
 * <ul>
 *   <li>{@link vn.binhdang.registers.Register}: the registers, their columns, ids and tables;
 *   <li>{@link vn.binhdang.registers.StageRegistersJob}: reading, validation, duplicates, outputs;
 *   <li>{@link vn.binhdang.registers.RegisterCountsJob}: the counts of the staged records;
 *   <li>{@link vn.binhdang.registers.RegisterCsvParser} and {@link vn.binhdang.registers.ParquetRegisterReader}:
 *       the two readers; {@link vn.binhdang.registers.RegisterChecks} and {@link vn.binhdang.registers.Sql}: the
 *       field rules as Spark SQL expressions.
 * </ul>
 */
package vn.binhdang.registers;
