#!/usr/bin/env bash
# National-scale benchmark (issue 14): starts the application (demo profile, H2 file database in a
# fresh temporary folder) in one JVM, imports a synthetic national file (NationalFile: 615 instansi x
# 2018-2025 x mandiri/final = 418,200 values, deterministic) through the import service, then times
# the ranking of 2024 (AnalysisService.peers, what /pembanding asks for), the index of one instansi
# (the service call behind GET /api/v1/indeks, and the HTTP call with an API token), heap figures,
# and DuckDB ranking the same rows (org.duckdb:duckdb_jdbc, in the Maven profile bench only).
# Usage, from the project folder:
#
#   scripts/national-benchmark.sh [INSTANSI=615] [FIRST_YEAR=2018] [LAST_YEAR=2025] [SECONDS=15]
#
# SECONDS is the measuring time of each figure (a third of it again to warm up). Environment:
# HEAP (-Xmx, 2g), JAVA_HOME (JDK 21+), SKIP_BUILD=1 to reuse the compiled classes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -Pbench -Dspotless.check.skip=true test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
exec "$JAVA" -Xmx"${HEAP:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  id.pantauspbe.bench.NationalBenchmark "${1:-615}" "${2:-2018}" "${3:-2025}" "${4:-15}"
