-- The DuckDB peer of bin/benchmark: the core work of the project's staging, fct_counts and
-- fct_indicator, written the way a DuckDB user would, on the same input. It reads the count CSVs with a
-- declared schema, checks areas, measures, sexes, values and years against the catalogue, drops
-- duplicates (the same value twice: one kept; different values: none kept), sums the communes'
-- measures to their district, computes the proportion indicators with Wilson 95 % intervals, and writes
-- Parquet. ${input}, ${catalogue}, ${out} and ${year} are replaced by tools/peer/DuckDbPeer.java.
-- Not done here (the project does them): forms, registers, published series, cross-measure rules,
-- suppression, marts, exports, the chart pack.

CREATE TABLE areas AS SELECT * FROM read_csv('${catalogue}/areas.csv', header = true, all_varchar = true);
CREATE TABLE measures AS SELECT * FROM read_csv('${catalogue}/measures.csv', header = true, all_varchar = true);
CREATE TABLE indicators AS SELECT * FROM read_csv('${catalogue}/indicators.csv', header = true, all_varchar = true);

-- an area may be given by code, name or alias, in any case and with or without its diacritics and "Xã"
CREATE MACRO norm(s) AS regexp_replace(strip_accents(replace(lower(trim(s)), 'đ', 'd')), '^(xa|thi tran|huyen|tinh) +', '');
CREATE TABLE area_keys AS
SELECT DISTINCT code, k FROM (
  SELECT code, norm(code) AS k FROM areas
  UNION ALL SELECT code, norm(name_vi) FROM areas
  UNION ALL SELECT code, norm(unnest(string_split(aliases, '|'))) FROM areas WHERE aliases IS NOT NULL);

CREATE TABLE raw AS
SELECT *, row_number() OVER () AS line_id
FROM read_csv('${input}/counts/**/*.csv', header = true, filename = true,
    columns = {'area_code': 'VARCHAR', 'year': 'VARCHAR', 'period': 'VARCHAR', 'measure': 'VARCHAR',
               'sex': 'VARCHAR', 'group': 'VARCHAR', 'value': 'VARCHAR', 'submitted_on': 'VARCHAR',
               'source': 'VARCHAR'},
    null_padding = true, ignore_errors = false);

CREATE TABLE checked AS
SELECT r.* REPLACE (coalesce(a.code, r.area_code) AS area_code), a.level AS area_level, m.level AS measure_level,
       TRY_CAST(r.value AS DOUBLE) AS v, TRY_CAST(r.year AS INTEGER) AS y,
       CASE
         WHEN a.code IS NULL THEN 'unknown_area'
         WHEN m.code IS NULL THEN 'unknown_measure'
         WHEN (m.level = 'commune') <> (a.level IN ('commune', 'town')) THEN 'wrong_level'
         WHEN NOT list_contains(string_split(m.sexes, '|'), r.sex) THEN 'unknown_sex'
         WHEN NOT list_contains(string_split(m.population_groups, '|'), r."group") THEN 'unknown_group'
         WHEN TRY_CAST(r.year AS INTEGER) IS NULL OR TRY_CAST(r.year AS INTEGER) NOT BETWEEN 2000 AND ${year}
           THEN 'year_out_of_range'
         WHEN TRY_CAST(r.value AS DOUBLE) IS NULL THEN 'not_a_number'
         WHEN TRY_CAST(r.value AS DOUBLE) < 0 THEN 'negative_value'
         WHEN m.value_type = 'count' AND TRY_CAST(r.value AS DOUBLE) <> round(TRY_CAST(r.value AS DOUBLE)) THEN 'not_whole_number'
       END AS rule
FROM raw r
LEFT JOIN area_keys ak ON ak.k = norm(r.area_code)
LEFT JOIN areas a ON a.code = ak.code
LEFT JOIN measures m ON m.code = r.measure;

-- one value per key: the same value twice keeps one, different values keep none
CREATE TABLE staged AS
SELECT area_code, y AS year, upper(period) AS period, measure, sex, "group" AS population_group,
       min(v) AS value, any_value(filename) AS source_file
FROM checked WHERE rule IS NULL
GROUP BY ALL
HAVING count(DISTINCT v) = 1;

CREATE TABLE rejects AS
SELECT filename AS source_file, line_id, rule FROM checked WHERE rule IS NOT NULL
UNION ALL
SELECT c.filename, c.line_id, 'duplicate_conflict'
FROM checked c
WHERE c.rule IS NULL AND NOT EXISTS (
  SELECT 1 FROM staged s WHERE s.area_code = c.area_code AND s.year = c.y AND s.period = upper(c.period)
    AND s.measure = c.measure AND s.sex = c.sex AND s.population_group = c."group")
UNION ALL
SELECT filename, line_id, 'duplicate_row' FROM (
  SELECT filename, line_id, count(DISTINCT v) OVER k AS values, row_number() OVER (k ORDER BY line_id) AS nth
  FROM checked WHERE rule IS NULL
  WINDOW k AS (PARTITION BY area_code, y, upper(period), measure, sex, "group"))
WHERE values = 1 AND nth > 1;

-- fct_counts: the communes' own values, and each district as the sum of its communes
CREATE TABLE fct_counts AS
SELECT area_code, year, period, measure, sex, population_group, value, 1 AS areas_reporting FROM staged
UNION ALL
SELECT a.parent_code, s.year, s.period, s.measure, s.sex, s.population_group, sum(s.value), count(*)
FROM staged s JOIN areas a ON a.code = s.area_code JOIN measures m ON m.code = s.measure
WHERE m.level = 'commune'
GROUP BY ALL;

-- fct_indicator: proportions with the Wilson score interval, z = 1.959964 (Newcombe 1998, method 3)
CREATE TABLE fct_indicator AS
WITH pairs AS (
  SELECT i.code AS indicator_code, n.area_code, n.year, n.sex, n.value AS x, d.value AS n,
         CAST(i.multiplier AS DOUBLE) AS k
  FROM indicators i
  CROSS JOIN unnest(string_split(i.sexes, '|')) AS s(sex)
  JOIN fct_counts n ON n.measure = i.numerator AND n.sex = s.sex AND n.population_group = i.population_group AND n.period = 'Y'
  JOIN fct_counts d ON d.measure = i.denominator AND d.sex = n.sex AND d.population_group = n.population_group
    AND d.period = 'Y' AND d.area_code = n.area_code AND d.year = n.year
  WHERE i.kind = 'proportion' AND d.value > 0
), z AS (SELECT 1.959963984540054 AS z)
SELECT indicator_code, area_code, year, sex, x AS numerator, n AS denominator,
       k * x / n AS value,
       k * (x / n + z * z / (2 * n) - z * sqrt(x / n * (1 - x / n) / n + z * z / (4 * n * n))) / (1 + z * z / n) AS ci_lower,
       k * (x / n + z * z / (2 * n) + z * sqrt(x / n * (1 - x / n) / n + z * z / (4 * n * n))) / (1 + z * z / n) AS ci_upper
FROM pairs, z;

COPY staged TO '${out}/stg_counts' (FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE true);
COPY rejects TO '${out}/rejects.parquet' (FORMAT parquet);
COPY fct_counts TO '${out}/fct_counts' (FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE true);
COPY fct_indicator TO '${out}/fct_indicator' (FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE true);

SELECT (SELECT count(*) FROM raw) AS rows_read, (SELECT count(*) FROM staged) AS staged,
       (SELECT count(*) FROM rejects) AS rejected, (SELECT count(*) FROM fct_counts) AS fct_counts,
       (SELECT count(*) FROM fct_indicator) AS fct_indicator;
