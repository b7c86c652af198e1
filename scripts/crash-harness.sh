#!/usr/bin/env bash
# Crash harness: N cycles (default 30) on one data folder of start the jar (demo profile), import and
# edit through POST /api/v1/impor/hasil and 5-40 single-value edits through PUT /api/v1/nilai, kill -9 at a random moment (during a write, right after its
# answer, up to 3 s later, while starting, or, in a start after a clean stop, while the compaction at start
# writes its copy or right after; every 5th cycle and the last end with a clean stop instead: SIGTERM, wait
# for the exit, the clean-stop marker must be there), and check with the application stopped that every
# answered write is present with its values, that a write cut by the kill is there whole or not at
# all, and that every table reads through every index (scripts/DbCheck.java). Prints the figures and
# exits 1 on any loss or damage. Usage, from the project folder:
#
#   scripts/crash-harness.sh [--postgres] [CYCLES=30]
#
# --postgres (or DB=postgres): the application on PostgreSQL instead of H2; only the application is killed,
# and DbCheck reads PostgreSQL through JDBC after each kill. The database PG_URL
# (jdbc:postgresql://localhost:5432/pantau_crash, user PG_USER and password PG_PASSWORD, both pantau_crash)
# must exist and belong to that user; its schema public is DROPPED and created again at the start. Once:
#   su postgres -c "psql -c \"create role pantau_crash login password 'pantau_crash'\""
#   su postgres -c "psql -c 'create database pantau_crash owner pantau_crash'"
#
# Environment: PORT (18300), WORK (a temporary folder; the data folder is WORK/data, logs beside it),
# SEED (random seed, printed), SKIP_BUILD=1 to reuse target/pantau-spbe.jar (JAR=… for another), JAVA_HOME (JDK 21+),
# URL_OPTIONS to try other H2 settings than the shipped ones (for example URL_OPTIONS=';WRITE_DELAY=500'),
# BIG (instansi of a national import, default 50 = 34,000 rows; smaller for a quicker run), MAX_EDITS (most
# single-value PUT /api/v1/nilai edits per cycle, default 40; at least 5 are made).
# TARGET=big-commit: instead of the cycles, CYCLES rounds of one national import (BIG instansi) killed near
# its end, where it commits (55-105 % of the time the last answered one took), each followed by the check
# and a start that must come up: the case of the 30-cycle run's cycle 18 (README "Crash harness").
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-h2}
if [ "${1:-}" = "--postgres" ]; then
  DB=postgres
  shift
fi
CYCLES=${1:-30}
PG_URL=${PG_URL:-jdbc:postgresql://localhost:5432/pantau_crash}
PG_USER=${PG_USER:-pantau_crash}
PG_PASSWORD=${PG_PASSWORD:-pantau_crash}
PORT=${PORT:-18300}
WORK=${WORK:-$(mktemp -d /tmp/pantau-crash.XXXXXX)}
SEED=${SEED:-$RANDOM$RANDOM}
mkdir -p "$WORK"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi
JAR=${JAR:-$(ls target/pantau-spbe*.jar | head -1)}
# the H2 driver the jar ships, for reading the database with the application stopped
H2=$WORK/h2.jar
unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')" > "$H2"
# the application's own H2 settings, unless others are given
if [ -z "${URL_OPTIONS+x}" ]; then
  URL_OPTIONS=$(unzip -p "$JAR" BOOT-INF/classes/application.properties \
    | sed -n 's/^spring.datasource.url=jdbc:h2:file:[^;]*//p')
fi

PG_JAR=$WORK/postgresql.jar
if [ "$DB" = postgres ]; then
  unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep -m1 'BOOT-INF/lib/postgresql-.*\.jar')" > "$PG_JAR"
  # a fresh schema: the harness knows every value it wrote
  hostport=${PG_URL#jdbc:postgresql://}
  hostport=${hostport%%/*}
  dbname=${PG_URL##*/}
  PGPASSWORD=$PG_PASSWORD psql -q -h "${hostport%%:*}" -p "${hostport##*:}" -U "$PG_USER" -d "${dbname%%\?*}" \
    -c 'set client_min_messages = warning' -c 'drop schema if exists public cascade' -c 'create schema public'
  echo "crash harness: $CYCLES cycles, seed $SEED, work folder $WORK, PostgreSQL $PG_URL (user $PG_USER)"
else
  echo "crash harness: $CYCLES cycles, seed $SEED, work folder $WORK, H2 options '${URL_OPTIONS}'"
fi
# COMPACT_AFTER_CLEAN=0: the starts after a clean stop do not compact (they must skip the integrity check).
# UNTIL=HH:MM (local time, today): no new cycle after it (the final start and check still run)
UNTIL_EPOCH=${UNTIL:+$(date -d "$UNTIL" +%s)}
exec python3 scripts/crash_harness.py cycles="$CYCLES" work="$WORK" jar="$JAR" h2="$H2" port="$PORT" \
  seed="$SEED" java="$JAVA" url_options="$URL_OPTIONS" big="${BIG:-50}" max_edits="${MAX_EDITS:-40}" \
  target="${TARGET:-}" compact_after_clean="${COMPACT_AFTER_CLEAN:-1}" until="${UNTIL_EPOCH:-}" db="$DB" pg_url="$PG_URL" pg_user="$PG_USER" pg_password="$PG_PASSWORD" pg_jar="$PG_JAR"
