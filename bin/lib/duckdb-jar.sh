# Sourced by bin/benchmark and bin/cluster-check: sets duckdb_version and duckdb_jar, the DuckDB JDBC driver
# the tests depend on (so already in the local Maven repository after a build; fetched once if not).
duckdb_version=$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' "$ROOT/pom.xml")
duckdb_jar="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$duckdb_version/duckdb_jdbc-$duckdb_version.jar"
[ -f "$duckdb_jar" ] || mvn -q -B dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" >/dev/null
