#!/usr/bin/env bash
# Start-up benchmark: starts the application N times and prints, per run and as the median, the
# seconds from process start to the first /actuator/health "UP" and to the first page served (the
# login page, HTTP 200), the CPU seconds the process had used when health was UP (user + system: less
# disturbed by other work on a shared machine than the wall time), plus what the log says about the
# parts (Spring context, integrity check).
# Usage, from the project folder:
#
#   scripts/startup-benchmark.sh [N=5] [PROFILE=demo|prod] [KIND=restart|fresh]
#
# fresh: every run on a new, empty data folder. restart: one start prepares the data folder (and is
# stopped cleanly with SIGTERM), then N starts on it, each stopped the same way.
# Environment: PORT (18300), WORK (a temporary folder), JAVA_HOME, JAR (target/pantau-spbe.jar),
# CMD to start something else than "java $JAVA_OPTS -jar $JAR" (for example scripts/aot-start.sh),
# JAVA_OPTS, APP_ARGS (more application arguments). Build the jar first:
# ./mvnw -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-5}
PROFILE=${2:-demo}
KIND=${3:-restart}
PORT=${PORT:-18300}
WORK=${WORK:-$(mktemp -d /tmp/pantau-startup-bench.XXXXXX)}
JAR=${JAR:-target/pantau-spbe.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$WORK"

ARGS=(--server.port="$PORT" --server.address=127.0.0.1)
ENV=()
if [ "$PROFILE" = demo ]; then
  ARGS+=(--spring.profiles.active=demo)
else
  ENV=(PANTAU_ADMIN_PASSWORD=startup-benchmark-7f3a)
fi

PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

TICKS=$(getconf CLK_TCK)
# CPU seconds (user + system) process $1 has used so far
cpu_seconds() { awk -v t="$TICKS" '{sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# one start on $1 (data folder), log $2; prints "health_s page_s cpu_s"
run_once() {
  local data=$1 log=$2 t0 now health= page= cpu=
  t0=$(date +%s.%N)
  if [ -n "${CMD:-}" ]; then
    env "${ENV[@]}" PANTAU_DATA_DIR="$data" $CMD "${ARGS[@]}" ${APP_ARGS:-} > "$log" 2>&1 &
  else
    env "${ENV[@]}" "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --pantau.data-dir="$data" "${ARGS[@]}" ${APP_ARGS:-} \
      > "$log" 2>&1 &
  fi
  PID=$!
  for _ in $(seq 1 1800); do
    now=$(date +%s.%N)
    if [ -z "$page" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" 2>/dev/null)" = 200 ]; then
      page=$(echo "$now - $t0" | bc)
    fi
    if [ -z "$health" ] && curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      health=$(echo "$now - $t0" | bc)
      cpu=$(cpu_seconds "$PID")
    fi
    [ -n "$health" ] && [ -n "$page" ] && break
    kill -0 "$PID" 2>/dev/null || { echo "the application stopped; see $log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$health" ] && [ -n "$page" ] || { echo "no health UP within 180 s; see $log" >&2; exit 1; }
  kill -TERM "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  echo "$health $page $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "profile $PROFILE, $KIND, $N runs, ${CMD:-java ${JAVA_OPTS:-}-jar $JAR}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$KIND" = restart ]; then
  run_once "$WORK/data" "$WORK/prepare.log" > /dev/null
fi
: > "$WORK/results"
for i in $(seq 1 "$N"); do
  data=$WORK/data
  [ "$KIND" = fresh ] && data=$WORK/data-$i
  log=$WORK/run-$i.log
  read -r health page cpu < <(run_once "$data" "$log")
  spring=$(sed -n 's/.*Started Application in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)
  check=$(sed -n 's/.*Database integrity check.* in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  printf 'run %d: health UP %6.2f s, page %6.2f s, CPU %6.2f s (log: context started %s s, integrity check %s; load %s)\n' \
    "$i" "$health" "$page" "$cpu" "${spring:-?}" "$([ -n "$check" ] && echo "$check ms" || echo skipped)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$health $page $cpu" >> "$WORK/results"
done
printf 'median: health UP %s s, page %s s, CPU %s s; load average after %s (logs in %s)\n' \
  "$(cut -d' ' -f1 "$WORK/results" | median)" "$(cut -d' ' -f2 "$WORK/results" | median)" \
  "$(cut -d' ' -f3 "$WORK/results" | median)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$WORK"
