#!/usr/bin/env bash
# Starts the application from the extracted jar with a JDK 25 AOT cache (JEP 483/514/515: classes
# loaded and linked, method profiles), building what is missing first:
#
#   scripts/aot-start.sh [application arguments...]
#   PANTAU_ADMIN_PASSWORD='…' scripts/aot-start.sh --server.port=8080
#   scripts/aot-start.sh --prepare        # only steps 1 and 2
#
# 1. The jar is extracted (java -Djarmode=tools -jar pantau-spbe.jar extract) into APP_DIR, unless
#    APP_DIR already holds an extraction of this very jar. The JDK takes classes for the cache only
#    from plain jars on the class path, not from jars nested in the Spring Boot jar.
# 2. Without APP_DIR/app.aot, one training run writes it: the application starts on a temporary,
#    empty data folder (production mode, a throwaway administrator password; nothing of yours is
#    read or written), answers /login and /actuator/health once and is stopped; the JVM writes the
#    cache as it exits (-XX:AOTCacheOutput). About as long as one fresh start.
# 3. The application starts with -XX:AOTCache=APP_DIR/app.aot (exec: the JVM keeps this process).
#
# A cache fits only the JDK that wrote it and this class path at this very place (a copied or moved
# APP_DIR does not match: "shared class paths mismatch"): after a JDK update or a new jar it is built
# again (a new jar, by size and time, is noticed here; for a new JDK delete APP_DIR/app.aot). If the JVM
# cannot use the cache it says so and starts without it.
# Environment: JAVA_HOME, JAR (target/pantau-spbe.jar), APP_DIR (target/aot), JAVA_OPTS (for both the
# training run and the start), TRAIN_PORT (18449, the port of the training run).
set -euo pipefail

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${JAR:-$(dirname "$0")/../target/pantau-spbe.jar}
APP_DIR=${APP_DIR:-$(dirname "$0")/../target/aot}
TRAIN_PORT=${TRAIN_PORT:-18449}
[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw package -DskipTests (or set JAR)" >&2; exit 1; }
mkdir -p "$APP_DIR"
APP_DIR=$(cd "$APP_DIR" && pwd)
APP_JAR=$APP_DIR/pantau-spbe.jar
CACHE=$APP_DIR/app.aot

# 1. extract, when APP_DIR holds no extraction of this jar
stamp="$(stat -c '%s %Y' "$JAR") $(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
if [ ! -f "$APP_JAR" ] || [ "$(cat "$APP_DIR/source.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "aot-start: extracting $JAR into $APP_DIR" >&2
  rm -rf "$APP_DIR/lib" "$APP_JAR" "$CACHE" "$APP_DIR/source.stamp"
  tmp=$(mktemp -d "$APP_DIR/extract.XXXXXX")
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$tmp" > /dev/null
  mv "$tmp/lib" "$APP_DIR/lib"
  mv "$tmp/$(basename "$JAR")" "$APP_JAR"
  rmdir "$tmp"
  echo "$stamp" > "$APP_DIR/source.stamp"
fi

# 2. training run, when there is no cache
if [ ! -f "$CACHE" ]; then
  echo "aot-start: training run to write $CACHE (about one fresh start)" >&2
  train=$(mktemp -d /tmp/pantau-aot-training.XXXXXX)
  # shellcheck disable=SC2086
  PANTAU_ADMIN_PASSWORD="aot-training-$RANDOM$RANDOM" PANTAU_DATA_DIR="$train/data" \
    "$JAVA" -XX:AOTCacheOutput="$CACHE.tmp" ${JAVA_OPTS:-} -jar "$APP_JAR" \
    --server.port="$TRAIN_PORT" --server.address=127.0.0.1 --pantau.backup.daily=false \
    > "$train/training.log" 2>&1 &
  pid=$!
  ok=
  for _ in $(seq 1 1800); do
    if curl -fs "http://127.0.0.1:$TRAIN_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      curl -s -o /dev/null "http://127.0.0.1:$TRAIN_PORT/login" || true
      curl -s -o /dev/null "http://127.0.0.1:$TRAIN_PORT/" || true
      ok=1
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$ok" ] || [ ! -s "$CACHE.tmp" ]; then
    echo "aot-start: the training run failed (log: $train/training.log); starting without a cache" >&2
    rm -f "$CACHE.tmp"
  else
    mv "$CACHE.tmp" "$CACHE"
    rm -rf "$train"
  fi
fi

if [ "${1:-}" = --prepare ]; then
  [ -f "$CACHE" ] || exit 1
  echo "aot-start: $CACHE ready" >&2
  exit 0
fi

# 3. start
if [ -f "$CACHE" ]; then
  # shellcheck disable=SC2086
  exec "$JAVA" -XX:AOTCache="$CACHE" ${JAVA_OPTS:-} -jar "$APP_JAR" "$@"
fi
# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:-} -jar "$APP_JAR" "$@"
