#!/usr/bin/env bash
# Bulk import benchmark: a synthetic national file (615 instansi x 2018-2025 x mandiri/final = 418,200
# rows, or the arguments' size) imported through POST /api/v1/impor/hasil into a fresh application;
# prints rows/s and heap growth (largest heap after a GC during the import minus the heap after a full
# GC before it, from the JVM's GC log). Usage, from the project folder:
#
#   scripts/import-benchmark.sh [INSTANSI=615] [FIRST_YEAR=2018] [LAST_YEAR=2025]
#
# Environment: PORT (18200), HEAP (-Xmx, 2g), WORK (a temporary folder), JAVA_HOME (JDK 21+),
# SKIP_BUILD=1 to reuse target/pantau-spbe.jar and target/test-classes, APP_ARGS for more application
# arguments (for example --logging.level.id.pantauspbe.evaluation=debug for the time of each step),
# JAVA_OPTS for JVM options (for example -XX:StartFlightRecording=filename=import.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

INSTANSI=${1:-615}
FIRST=${2:-2018}
LAST=${3:-2025}
PORT=${PORT:-18200}
HEAP=${HEAP:-2g}
WORK=${WORK:-$(mktemp -d /tmp/pantau-import-bench.XXXXXX)}
mkdir -p "$WORK"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
  ./mvnw -B -q -Dspotless.check.skip=true test-compile
fi

FILE=$WORK/nasional.csv
"$JAVA" -cp target/test-classes:target/classes id.pantauspbe.exchange.NationalFile "$FILE" "$INSTANSI" "$FIRST" "$LAST"
ROWS=$(($(wc -l < "$FILE") - 1))

"$JAVA" -Xmx"$HEAP" ${JAVA_OPTS:-} -Xlog:gc:file="$WORK/gc.log":uptime -jar target/pantau-spbe.jar \
  --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 --pantau.data-dir="$WORK/data" \
  --pantau.import.max-file-size=256MB ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP || { echo "the application did not start" >&2; exit 1; }

uptime_s() { "$JCMD" "$PID" VM.uptime | awk 'NR==2 {print $1}'; }
# CPU seconds of the whole application (all its threads: request, GC, H2's writer)
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$PID/stat"; }
"$JCMD" "$PID" GC.run > /dev/null
sleep 1
START=$(uptime_s)
CPU_START=$(cpu_s)
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
BEFORE=$(awk '/Pause Full/ {v=$0} END {print v}' "$WORK/gc.log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p')

TIME=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -u koordinator:demo \
  -F "file=@$FILE;type=text/csv" "http://127.0.0.1:$PORT/api/v1/impor/hasil")
END=$(uptime_s)
CPU_END=$(cpu_s)
LOAD_END=$(cut -d' ' -f1 /proc/loadavg)
STATUS=${TIME% *}
SECONDS_TAKEN=${TIME#* }

PEAK=$(awk -v s="$START" -v e="$END" '
  { t = substr($1, 2) + 0 }
  t >= s && t <= e && /->/ { n = $0; sub(/.*->/, "", n); sub(/M.*/, "", n); if (n + 0 > max) max = n + 0 }
  END { print max + 0 }' "$WORK/gc.log")

echo "answer:      HTTP $STATUS $(head -c 300 "$WORK/answer.json")"
echo "file:        $ROWS rows, $(($(stat -c %s "$FILE") / 1024 / 1024)) MB ($FILE)"
echo "time:        ${SECONDS_TAKEN} s"
awk -v r="$ROWS" -v t="$SECONDS_TAKEN" 'BEGIN { printf "rate:        %.0f rows/s\n", r / t }'
awk -v r="$ROWS" -v a="$CPU_START" -v b="$CPU_END" 'BEGIN { printf "cpu:         %.1f s of CPU (all threads), %.0f rows per CPU second\n", b - a, r / (b - a) }'
echo "load:        ${LOAD_START} before, ${LOAD_END} after (1-minute load average; $(nproc) cores)"
echo "heap:        ${BEFORE} MB after a full GC before; largest after a GC during the import ${PEAK} MB; growth $((PEAK - BEFORE)) MB (-Xmx$HEAP)"
echo "server:      $(grep -o 'Imported .*' "$WORK/app.log" | tail -1)"
echo "logs:        $WORK/app.log, $WORK/gc.log"
