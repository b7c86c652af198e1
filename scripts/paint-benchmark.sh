#!/usr/bin/env bash
# Time to a painted page in headless Chromium (issue 14: Ringkasan warm <= 0.8 s, /pembanding with
# 615 instansi <= 1.5 s). Starts the packaged jar (demo profile) on a fresh data folder, imports a
# synthetic national file (exchange.NationalFile: INSTANSI Pemda x 2018-2025 x mandiri/final) through
# POST /api/v1/impor/hasil, then times the Ringkasan and the Pembanding of 2024 as kadis
# (bench.PaintBenchmark: navigation start to title and every chart drawn, warm, median/p95/min).
# Usage, from the project folder (Debian's chromium at /usr/bin/chromium, or CHROMIUM_PATH):
#
#   scripts/paint-benchmark.sh [INSTANSI=615] [ROUNDS=15]
#
# Environment: PORT (18500), SKIP_BUILD=1 to reuse target/pantau-spbe.jar and the compiled classes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
INSTANSI=${1:-615}
ROUNDS=${2:-15}
PORT=${PORT:-18500}
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -Pbench -Dspotless.check.skip=true -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  ./mvnw -B -q -Pbench -Dspotless.check.skip=true test-compile
fi
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PANTAU_DATA_DIR="$WORK/data" "$JAVA" -jar target/pantau-spbe.jar --spring.profiles.active=demo \
  --server.port="$PORT" >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "localhost:$PORT/actuator/health" | grep -q UP; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
if [ "$INSTANSI" -gt 0 ]; then
  "$JAVA" -cp "$CP" id.pantauspbe.exchange.NationalFile "$WORK/nasional.csv" "$INSTANSI" 2018 2025
  curl -sf -u koordinator:demo -F file=@"$WORK/nasional.csv" "localhost:$PORT/api/v1/impor/hasil" \
    -o "$WORK/import.json" -w 'import: HTTP %{http_code} in %{time_total} s\n'
fi
"$JAVA" -cp "$CP" id.pantauspbe.bench.PaintBenchmark "http://localhost:$PORT" kadis demo "$ROUNDS" \
  "/?instansi=CONTOH&tahun=2025" "/pembanding?instansi=CONTOH&tahun=2024" "/tren?instansi=CONTOH"
