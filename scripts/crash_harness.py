#!/usr/bin/env python3
"""Crash harness of Pantau SPBE (run through scripts/crash-harness.sh, which documents the arguments).

Each cycle on one data folder: check a copy of the database left by the previous kill with the
application stopped (scripts/DbCheck.java: every table read through every index; every answered write present
with its values; an import cut by the kill present whole or not at all), start the jar, wait for
health UP, read an imported instansi through the API, then import and edit through the API
(POST /api/v1/impor/hasil) and kill -9 at a random moment: during a write, right after its answer,
a little later (background writing), while the application starts, or while its compaction at start
(backup.CompactionAtStart, forced in some cycles; it runs only after a clean stop) writes the compacted copy
or right after. Every 5th cycle and the last end with a clean stop (SIGTERM, wait for the exit) instead.
"""
import base64
import csv
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "KH"
STAGES = ("mandiri", "final")
# single-value edits (PUT /api/v1/nilai) go to the demo's open stage: Kabupaten Contoh, 2026, mandiri
EDIT_INSTANSI, EDIT_YEAR, EDIT_STAGE = "CONTOH", 2026, "MANDIRI"


def indicators_by_year():
    base = os.path.join(ROOT, "src/main/resources/reference/spbe")
    years = {}
    with open(os.path.join(base, "framework-years.csv"), encoding="utf-8") as f:
        for fw in csv.DictReader(f):
            first, last = int(fw["first_year"]), int(fw["last_year"] or 2026)
            with open(os.path.join(base, "framework-" + fw["code_in_files"].lower() + ".csv"), encoding="utf-8") as g:
                inds = []
                for row in csv.DictReader(g):
                    parts = row["level_scale"].split("_")
                    inds.append((row["indicator_code"], int(parts[-2]), int(parts[-1]),
                                 row["level_scale"].startswith("DECIMAL")))
            for y in range(first, last + 1):
                years[y] = inds
    return years


INDICATORS = indicators_by_year()
YEARS = [y for y in range(2018, 2026)]


def value(rng, ind):
    _, lo, hi, dec = ind
    if dec:
        return str(Decimal(rng.randint(lo * 100, hi * 100)) / 100)
    return str(rng.randint(lo, hi))


class Failures(list):
    """The problems found; each is printed when found and again at the end."""

    def __init__(self, harness):
        super().__init__()
        self.harness = harness

    def append(self, problem):
        self.harness.say("  PROBLEM " + problem)
        super().append(problem)


class Harness:
    def __init__(self, args):
        self.cycles = int(args.get("cycles", 30))
        self.work = args["work"]
        self.jar = args["jar"]
        self.h2 = args["h2"]
        # db=postgres: the application on PostgreSQL (pg_url, pg_user, pg_password, pg_jar: its JDBC driver)
        self.postgres = args.get("db", "h2") == "postgres"
        self.pg_url = args.get("pg_url", "")
        self.pg_user = args.get("pg_user", "")
        self.pg_password = args.get("pg_password", "")
        self.pg_jar = args.get("pg_jar", "")
        self.url_options = args.get("url_options", "")
        self.port = int(args.get("port", 18300))
        self.java = args.get("java", "java")
        self.rng = random.Random(int(args.get("seed", time.time())))
        self.data = os.path.join(self.work, "data")
        self.max_edits = int(args.get("max_edits", 40))
        # instansi of a "big" (national) import: 50 gives 34,000 rows (2018-2025, 35 indicators to 2020, 47 after)
        self.big = int(args.get("big", 50))
        self.model = {}  # (code, year, STAGE, indicator) -> Decimal: every answered write
        self.names = {}
        self.next_instansi = 1
        self.proc = None
        self.rows_checked = 0
        self.lost = 0
        self.half = 0
        self.answered = 0
        self.cut = 0
        self.failures = Failures(self)
        self.kills = {}
        self.edit_model = {}  # indicator -> Decimal: the stored value of CONTOH 2026 mandiri as the harness knows it
        self.edit_touched = set()  # indicators an answered PUT wrote
        self.edits_answered = 0
        self.edits_cut = 0
        self.edit_checks = 0
        self.edits_lost = 0
        self.compactions_forced = 0
        self.compactions_logged = 0
        self.unreadable = 0
        # every 5th cycle (and the last) ends with a clean stop (SIGTERM, wait for the exit) instead of a kill
        self.clean_stops = 0
        self.clean_after = False  # whether the previous cycle ended with a clean stop
        self.markers = 0  # clean stops that left the clean-stop marker
        self.checks_skipped = 0  # starts that skipped the integrity check (unchanged since a clean stop)
        self.checks_full = 0  # starts that read every table through every index
        self.compactions_refused = 0  # forced compactions declined as "not after a crash or kill"
        self.target = args.get("target", "")
        # compact_after_clean=0 (COMPACT_AFTER_CLEAN=0): no compaction in the starts after a clean stop, which
        # then must skip the integrity check ("unchanged since a clean stop")
        self.compact_after_clean = args.get("compact_after_clean", "1") != "0"
        # until=EPOCH-SECONDS (UNTIL=HH:MM in the script) or SIGTERM: no new cycle after it; the final start,
        # check and summary still run, and the summary gives the cycles done
        self.until = float(args.get("until") or 0)
        self.stop_requested = False
        self.cycles_done = 0
        signal.signal(signal.SIGTERM, lambda *_: setattr(self, "stop_requested", True))
        self.log = open(os.path.join(self.work, "harness.log"), "a")

    def say(self, text):
        line = time.strftime("%H:%M:%S ") + text
        print(line, flush=True)
        self.log.write(line + "\n")
        self.log.flush()

    # --- the application -------------------------------------------------------------------
    def start(self, cycle, compact=False):
        """Starts the jar; with compact, its compaction at start (backup.CompactionAtStart) runs whatever
        the file's size and live share (otherwise its defaults apply: at 128MB and less than 50 % live)."""
        self.proc_log = os.path.join(self.work, "app-%02d.log" % cycle)
        out = open(self.proc_log, "w")
        url = "jdbc:h2:file:%s/pantau%s" % (self.data, self.url_options)
        cmd = [self.java, "-Xmx1g", "-jar", self.jar, "--spring.profiles.active=demo",
               "--server.port=%d" % self.port, "--server.address=127.0.0.1", "--pantau.data-dir=" + self.data,
               # backups before imports only read the database; off here to keep cycles short
               "--pantau.backup.before-import=false"]
        if self.target == "big-commit":
            # the transaction manager's "Committing JDBC transaction" lines tell when the import commits
            cmd += ["--logging.level.id.pantauspbe.base=DEBUG"]
        if self.postgres:
            cmd += ["--spring.datasource.url=" + self.pg_url, "--spring.datasource.username=" + self.pg_user,
                    "--spring.datasource.password=" + self.pg_password, "--spring.jooq.sql-dialect=POSTGRES"]
        else:
            cmd += ["--spring.datasource.url=" + url]
        if compact and not self.postgres:
            cmd += ["--pantau.h2.compact-min-size=0B", "--pantau.h2.compact-fill-rate=101"]
            self.compactions_forced += 1
        self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)

    def compaction_logged(self, cycle):
        """The application's log lines of its compaction at start and integrity check in this cycle."""
        try:
            with open(os.path.join(self.work, "app-%02d.log" % cycle), encoding="utf-8", errors="replace") as f:
                for line in f:
                    if "H2 compaction at start" in line:
                        line = line.strip()
                        if "not after a crash" in line:
                            self.compactions_refused += 1
                        elif " from " in line:
                            self.compactions_logged += 1
                        self.say("  " + line[line.find("H2 compaction"):])
                    elif "Database integrity check skipped" in line:
                        self.checks_skipped += 1
                        self.say("  integrity check at start skipped (unchanged since a clean stop)")
                    elif "Database integrity check: every table" in line:
                        self.checks_full += 1
                    elif "THE DATABASE IS DAMAGED" in line:
                        line = line.strip()
                        self.failures.append("cycle %d: the application found damage: %s" % (cycle, line[:600]))
        except OSError:
            pass

    def kill_in_compaction(self, n):
        """Starts with compaction forced and kills while H2 writes its compacted copy (pantau.mv.db.tempFile,
        renamed over pantau.mv.db at the end) or right after the rename."""
        temp = os.path.join(self.data, "pantau.mv.db.tempFile")
        during = self.rng.random() < 0.6
        seen = False
        end = time.time() + 300
        while time.time() < end and self.proc.poll() is None:
            if os.path.exists(temp):
                seen = True
                if during:
                    time.sleep(self.rng.uniform(0, 1.5))
                    break
            elif seen:
                time.sleep(self.rng.uniform(0, 1.0))
                break
            time.sleep(0.01)
        still = os.path.exists(temp)
        self.kill("during compaction" if seen and still else "right after compaction" if seen
                  else "compaction not seen")
        self.say("cycle %d: kill -9 %s" % (n, "during compaction (the copy was being written)" if seen and still
                                          else "right after compaction" if seen
                                          else "while starting (no compaction file was seen)"))

    def stop_clean(self, n, timeout=300):
        """SIGTERM and wait for the exit (Spring's graceful shutdown closes the pool, H2 closes the
        database, backup.CleanStop writes its marker); kill -9 only if it does not end in time."""
        if self.proc and self.proc.poll() is None:
            started = time.time()
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                code = self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.failures.append("cycle %d: no exit within %d s of SIGTERM" % (n, timeout))
                self.kill("clean stop timed out")
                return
            took = time.time() - started
            self.clean_stops += 1
            self.kills["clean stop"] = self.kills.get("clean stop", 0) + 1
            marker = os.path.exists(os.path.join(self.data, "pantau.clean-stop")) if not self.postgres else False
            if marker:
                self.markers += 1
            elif not self.postgres:
                self.failures.append("cycle %d: a clean stop left no pantau.clean-stop marker" % n)
            self.say("cycle %d: stopped cleanly (SIGTERM, exit %d after %.1f s, marker %s)"
                     % (n, code, took, "written" if marker else "absent"))

    def kill(self, how):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.kills[how] = self.kills.get(how, 0) + 1

    def damaged_logged(self):
        """Whether the running application's integrity check at start reported a damaged database (it then
        serves 503 and health DOWN instead of starting to serve)."""
        try:
            with open(self.proc_log, encoding="utf-8", errors="replace") as f:
                return "THE DATABASE IS DAMAGED" in f.read()
        except OSError:
            return False

    def wait_up(self, timeout=600):
        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                return False
            if self.damaged_logged():
                return False
            try:
                status, body = self.request("GET", "/actuator/health", auth=False, timeout=5)
                if status == 200 and b'"UP"' in body:
                    return True
            except OSError:
                pass
            time.sleep(0.5)
        return False

    def request(self, method, path, body=None, headers=None, auth=True, timeout=600):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = dict(headers or {})
        if auth:
            h["Authorization"] = "Basic " + base64.b64encode(b"koordinator:demo").decode()
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, data

    def put_value(self, ind, new, tag):
        body = {"instansi": EDIT_INSTANSI, "tahun": EDIT_YEAR, "tahap": EDIT_STAGE.lower(), "indikator": ind,
                "nilai": float(new) if "." in new else int(new), "keterangan": "harness " + tag}
        if ind in self.edit_model:
            body["sebelumnya"] = float(self.edit_model[ind])
        return self.request("PUT", "/api/v1/nilai", json.dumps(body).encode(), {"Content-Type": "application/json"},
                            timeout=120)

    def read_edit_baseline(self, cycle):
        """The values of the edited stage as the application serves them, for indicators no PUT wrote yet."""
        status, body = self.request("GET", "/api/v1/ekspor/hasil?instansi=%s&tahun=%d&format=csv"
                                    % (EDIT_INSTANSI, EDIT_YEAR), timeout=120)
        if status != 200:
            self.failures.append("cycle %d: export of %s %d answered %d" % (cycle, EDIT_INSTANSI, EDIT_YEAR, status))
            return
        text = body.decode("utf-8-sig")
        for row in csv.DictReader(text.splitlines()):
            if row.get("tahap", "").upper() == EDIT_STAGE and row.get("nilai"):
                ind = row["indikator"]
                v = Decimal(row["nilai"].replace(",", "."))
                if ind in self.edit_touched and self.edit_model.get(ind) != v:
                    self.failures.append("cycle %d: %s served %s, an answered edit wrote %s"
                                         % (cycle, ind, v, self.edit_model.get(ind)))
                self.edit_model.setdefault(ind, v)

    def next_edit(self):
        inds = INDICATORS[EDIT_YEAR]
        ind = self.rng.choice(inds)
        while True:
            new = value(self.rng, ind)
            if self.edit_model.get(ind[0]) is None or Decimal(new) != self.edit_model[ind[0]]:
                return ind[0], new

    def import_csv(self, name, rows):
        lines = ["instansi_kode,instansi_nama,tahun,tahap,indikator,nilai"]
        for (code, year, stage, ind), v in rows.items():
            lines.append("%s,%s,%d,%s,%s,%s" % (code, self.names[code], year, stage.lower(), ind, v))
        content = ("\n".join(lines) + "\n").encode()
        boundary = "harness%x" % self.rng.getrandbits(64)
        body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                 "Content-Type: text/csv\r\n\r\n" % (boundary, name)).encode() + content
                + ("\r\n--%s--\r\n" % boundary).encode())
        return self.request("POST", "/api/v1/impor/hasil", body,
                            {"Content-Type": "multipart/form-data; boundary=" + boundary})

    # --- writes ----------------------------------------------------------------------------
    def new_rows(self, instansi, years):
        rows = {}
        for _ in range(instansi):
            code = "%s-%05d" % (PREFIX, self.next_instansi)
            self.next_instansi += 1
            self.names[code] = "Pemda Uji " + code
            for y in years:
                for st in STAGES:
                    for ind in INDICATORS[y]:
                        rows[(code, y, st.upper(), ind[0])] = value(self.rng, ind)
        return rows

    def edit_rows(self):
        codes = sorted({k[0] for k in self.model})
        if not codes:
            return self.new_rows(1, [self.rng.choice(YEARS)])
        rows = {}
        chosen = set(self.rng.sample(codes, min(len(codes), self.rng.randint(1, 20))))
        by_code = {}
        for k in self.model:
            if k[0] in chosen:
                by_code.setdefault(k[0], []).append(k)
        for code in sorted(chosen):
            keys = by_code[code]
            for k in self.rng.sample(keys, min(len(keys), self.rng.randint(1, 60))):
                ind = next(i for i in INDICATORS[k[1]] if i[0] == k[3])
                rows[k] = value(self.rng, ind)
        return rows

    def next_write(self):
        kind = self.rng.random()
        if kind < 0.3:  # the national import: 50 instansi x 2018-2025 x 2 stages = 34,000 rows
            return "big", self.new_rows(self.big, YEARS)
        if kind < 0.6:
            return "small", self.new_rows(self.rng.randint(1, 5), self.rng.sample(YEARS, self.rng.randint(1, 3)))
        return "edit", self.edit_rows()

    # --- checks ----------------------------------------------------------------------------
    def check(self, cycle, pending):
        edits = "-Dedits=%s,%d,%s" % (EDIT_INSTANSI, EDIT_YEAR, EDIT_STAGE)
        if self.postgres:
            # PostgreSQL was not killed: read it as the killed application left it
            if cycle == 1:
                return []
            out = subprocess.run([self.java, edits, "-Duser=" + self.pg_user, "-Dpassword=" + self.pg_password,
                                  "-cp", self.pg_jar, os.path.join(ROOT, "scripts/DbCheck.java"), self.pg_url, PREFIX],
                                 capture_output=True, text=True)
        else:
            if not os.path.exists(os.path.join(self.data, "pantau.mv.db")):
                return []
            # read a copy, so that the application opens the files exactly as the kill left them
            copy = os.path.join(self.work, "check")
            shutil.rmtree(copy, ignore_errors=True)
            os.makedirs(copy)
            for name in os.listdir(self.data):
                if name.startswith("pantau."):
                    shutil.copy2(os.path.join(self.data, name), copy)
            url = "jdbc:h2:file:%s/pantau%s" % (copy, self.url_options)
            out = subprocess.run([self.java, edits, "-cp", self.h2, os.path.join(ROOT, "scripts/DbCheck.java"), url,
                                  PREFIX], capture_output=True, text=True)
            if out.returncode != 0:
                # the files as the kill left them (DbCheck opened this copy), for a closer look
                kept = os.path.join(self.work, "damaged-%02d" % cycle)
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(self.data, kept, ignore=lambda d, names: [n for n in names
                                                                         if not n.startswith("pantau.")])
                self.say("  the files as the kill left them are kept in " + kept)
            shutil.rmtree(copy, ignore_errors=True)
        found = {}
        found_edits = {}
        tables = 0
        for line in out.stdout.splitlines():
            if line.startswith("E "):
                ind, score = line[2:].split(",")
                found_edits[ind] = Decimal(score)
            elif line.startswith("V "):
                code, year, stage, ind, score = line[2:].split(",")
                found[(code, int(year), stage, ind)] = Decimal(score)
            elif line.startswith("T "):
                tables += 1
            elif line.startswith("PROBLEM"):
                self.failures.append("cycle %d: %s" % (cycle, line))
        if out.returncode != 0:
            self.failures.append("cycle %d: DbCheck exit %d %s" % (cycle, out.returncode, out.stderr[-500:]))
        if not found and self.model and out.returncode != 0:
            # the values could not be read at all (e.g. a lock timeout after the recovery): that is reported
            # above as damage; whether the answered and cut writes are there is judged at the next check
            self.unreadable += 1
            self.say("  check: the values could not be read; the next check compares them")
            return pending
        lost = [k for k, v in self.model.items() if found.get(k) != Decimal(v)]
        # a write cut by the kill: all of it or none of it
        for name, rows in pending:
            if name == "edit":
                continue
            new = [k for k, v in rows.items() if found.get(k) == Decimal(v)
                   and (k not in self.model or Decimal(self.model[k]) != Decimal(v))]
            changed = [k for k, v in rows.items() if k not in self.model or Decimal(self.model[k]) != Decimal(v)]
            if new and len(new) != len(changed):
                self.half += 1
                self.failures.append("cycle %d: %s half written: %d of %d changes" % (cycle, name, len(new), len(changed)))
            elif new:
                self.say("  cut write %s was committed whole (%d rows)" % (name, len(rows)))
                self.model.update(rows)
            else:
                self.say("  cut write %s left nothing" % name)
            lost = [k for k in lost if k not in rows]
        extra = [k for k in found if k not in self.model]
        self.lost += len(lost)
        if lost:
            self.failures.append("cycle %d: %d answered rows lost or changed, e.g. %s" % (cycle, len(lost), lost[:3]))
        if extra:
            self.failures.append("cycle %d: %d rows present that no write put there, e.g. %s" % (cycle, len(extra), extra[:3]))
        self.rows_checked += len(self.model)
        self.check_edits(cycle, found_edits, [p for p in pending if p[0] == "edit"])
        # not after a clean stop (opening the database would make the clean-stop marker stale) nor in big-commit
        if not self.clean_after and self.target != "big-commit":
            self.second_crash(cycle)
        self.say("  check: %d tables read through every index, %d answered rows compared, %d lost, %d problems"
                 % (tables, len(self.model), len(lost), len(self.failures)))
        return []

    def second_crash(self, cycle):
        if cycle > 1 and not self.postgres and self.rng.random() < 0.3:
            # a second crash right after the next opening's recovery (the database opened, read whole,
            # then the JVM halts without closing it): what a kill early in the next start does
            url = "jdbc:h2:file:%s/pantau%s" % (self.data, self.url_options)
            subprocess.run([self.java, "-cp", self.h2, os.path.join(ROOT, "scripts/DbCheck.java"), url, "", "halt"],
                           capture_output=True, text=True)
            self.kills["right after reopening"] = self.kills.get("right after reopening", 0) + 1
            self.say("  reopened the database, read it whole and halted (a crash right after recovery)")

    def check_edits(self, cycle, found, pending):
        """Every answered PUT present with its value; a PUT cut by the kill left the old or the new value."""
        cut = {}
        for _, (ind, old, new) in pending:
            v = found.get(ind)
            if v == Decimal(new):
                self.say("  cut edit %s %s -> %s was committed" % (ind, old, new))
                self.edit_model[ind] = Decimal(new)
            elif v == old:
                self.say("  cut edit %s %s -> %s left the old value" % (ind, old, new))
            else:
                self.failures.append("cycle %d: cut edit %s %s -> %s left %s" % (cycle, ind, old, new, v))
                self.edits_lost += 1
                if v is not None:
                    self.edit_model[ind] = v
            cut[ind] = True
        lost = [i for i in self.edit_touched if i not in cut and found.get(i) != self.edit_model[i]]
        self.edit_checks += len(self.edit_touched)
        if lost:
            self.edits_lost += len(lost)
            self.failures.append("cycle %d: %d answered edits lost, e.g. %s"
                                 % (cycle, len(lost), ["%s=%s not %s" % (i, found.get(i), self.edit_model[i])
                                                       for i in lost[:3]]))
        self.say("  edits: %d edited values compared, %d lost" % (len(self.edit_touched), len(lost)))

    def read_back(self, cycle):
        codes = sorted({k[0] for k in self.model})
        for code in self.rng.sample(codes, min(3, len(codes))):
            year = self.rng.choice(sorted({k[1] for k in self.model if k[0] == code}))
            status, body = self.request("GET", "/api/v1/indeks?instansi=%s&tahun=%d" % (code, year), timeout=60)
            if status != 200:
                self.failures.append("cycle %d: GET indeks %s %d answered %d %s" % (cycle, code, year, status, body[:200]))

    # --- one cycle -------------------------------------------------------------------------
    def cycle(self, n):
        modes = ["during", "during", "after", "later", "startup", "edit-during", "edit-during", "edit-between",
                 "edit-after"]
        after_clean = self.clean_after
        self.clean_after = False
        if n % 5 == 0 or n == self.cycles:
            mode = "clean"  # writes, then SIGTERM and wait for the exit
        elif after_clean and not self.postgres and self.compact_after_clean and self.rng.random() < 0.4:
            # only a start after a clean stop compacts (backup.CompactionAtStart): kill during or after it
            mode = "compaction"
        else:
            mode = self.rng.choice(modes if n > 1 else ["during", "after", "edit-during", "edit-after"])
        # compaction at start forced in most starts after a clean stop (the others skip the integrity check),
        # and in about a third of the other cycles (where it must decline: not after a kill)
        self.start(n, compact=mode == "compaction" or (n > 1 and self.rng.random() < (
            (0.6 if self.compact_after_clean else 0) if after_clean else 0.3)))
        if mode == "compaction":
            self.kill_in_compaction(n)
            return []
        if mode == "startup":
            time.sleep(self.rng.uniform(1, 12))
            self.say("cycle %d: kill -9 while starting" % n)
            self.kill("while starting")
            return []
        if not self.wait_up():
            self.failures.append("cycle %d: the application did not start (see app-%02d.log)" % (n, n))
            self.kill("not up")
            return []
        self.read_back(n)
        self.read_edit_baseline(n)
        writes = self.rng.randint(1, 4)
        edits = self.rng.randint(5, self.max_edits)
        ops = ["import"] * writes + ["edit"] * edits
        self.rng.shuffle(ops)
        # the operation the kill aims at comes last
        last_kind = "edit" if mode.startswith("edit") else "import"
        ops.remove(last_kind)
        ops.append(last_kind)
        if mode == "edit-between":
            # kill after an answered edit, before the next one would be sent
            ops = ops[: self.rng.randint(1, len(ops))]
            while ops[-1] != "edit":
                ops.pop()
        w = e = 0
        for i, op in enumerate(ops):
            last = i == len(ops) - 1
            if op == "edit":
                e += 1
                ind, new = self.next_edit()
                old = self.edit_model.get(ind)
                tag = "c%02d-e%d" % (n, e)
                if last and mode == "edit-during":
                    result = {}

                    def send():
                        try:
                            result["answer"] = self.put_value(ind, new, tag)
                        except (OSError, http.client.HTTPException) as ex:
                            result["error"] = ex

                    t = threading.Thread(target=send)
                    t.start()
                    time.sleep(self.rng.uniform(0.0, 0.15))
                    self.kill("during an edit")
                    t.join()
                    if "answer" in result and result["answer"][0] == 200:
                        self.edit_answered(ind, new)
                        self.say("cycle %d: edit %s %s -> %s answered just before the kill" % (n, ind, old, new))
                        return []
                    self.edits_cut += 1
                    self.say("cycle %d: kill -9 during edit %s %s -> %s" % (n, ind, old, new))
                    return [("edit", (ind, old, new))]
                status, body = self.put_value(ind, new, tag)
                if status != 200:
                    self.failures.append("cycle %d: edit %s -> %s answered %d %s" % (n, ind, new, status, body[:300]))
                    continue
                self.edit_answered(ind, new)
                if last and mode == "edit-after":
                    self.kill("right after an edit's answer")
                    self.say("cycle %d: kill -9 right after the answer to edit %s -> %s (%d edits, %d imports)"
                             % (n, ind, new, e, w))
                    return []
                if last and mode == "edit-between":
                    time.sleep(self.rng.uniform(0, 0.5))
                    self.kill("between edits")
                    self.say("cycle %d: kill -9 between edits, after %d edits and %d imports" % (n, e, w))
                    return []
                continue
            w += 1
            kind, rows = self.next_write()
            name = "c%02d-w%d-%s.csv" % (n, w, kind)
            if last and mode == "during":
                result = {}

                def send():
                    try:
                        result["answer"] = self.import_csv(name, rows)
                    except (OSError, http.client.HTTPException) as ex:
                        result["error"] = ex

                t = threading.Thread(target=send)
                t.start()
                # a big import takes seconds: kill somewhere inside it
                time.sleep(self.rng.uniform(0.05, 6.0 if kind == "big" else 0.8))
                self.kill("during a write")
                t.join()
                if "answer" in result and result["answer"][0] == 200:
                    self.model.update(rows)
                    self.answered += 1
                    self.say("cycle %d: %s (%d rows) answered just before the kill" % (n, name, len(rows)))
                    return []
                self.cut += 1
                self.say("cycle %d: kill -9 during %s (%d rows)" % (n, name, len(rows)))
                return [(name, rows)]
            status, body = self.import_csv(name, rows)
            if status != 200:
                self.failures.append("cycle %d: %s answered %d %s" % (n, name, status, body[:300]))
                continue
            self.model.update(rows)
            self.answered += 1
            if last and mode == "after":
                self.kill("right after an answer")
                self.say("cycle %d: kill -9 right after the answer to %s (%d rows)" % (n, name, len(rows)))
                return []
        delay = self.rng.uniform(0, 3)
        time.sleep(delay)
        if mode == "clean":
            self.stop_clean(n)
            self.clean_after = True
            return []
        self.kill("later")
        self.say("cycle %d: kill -9 %.1f s after the last answer (%d imports, %d edits)" % (n, delay, w, e))
        return []

    def edit_answered(self, ind, new):
        self.edit_model[ind] = Decimal(new)
        self.edit_touched.add(ind)
        self.edits_answered += 1

    def log_lines(self, cycle, offset):
        """The application log's complete lines from offset on: (new offset, lines)."""
        with open(os.path.join(self.work, "app-%02d.log" % cycle), "rb") as f:
            f.seek(offset)
            text = f.read()
        end = text.rfind(b"\n") + 1
        return offset + end, text[:end].splitlines()

    def run_big_commit(self):
        """target=big-commit: each round starts the application on what the last kill left, sends one national
        import (BIG instansi x 2018-2025) and kills it while it commits: the application runs with the
        transaction manager's DEBUG lines, and the kill comes 0-100 % of the measured commit time (from the
        import transaction's "Committing JDBC transaction" line to the answer; the first round is answered,
        to measure it) after that line. Then the database is checked as in
        the cycles (a copy read whole through every index; every answered value; the cut import whole or not
        at all) and the next start must come up (its integrity check included)."""
        os.makedirs(self.data, exist_ok=True)
        started = time.time()
        pending = []
        took = None
        cuts = answered_late = 0
        damaged_at = None
        for n in range(1, self.cycles + 1):
            unreadable = self.unreadable
            pending = self.check(n, pending)
            if self.unreadable > unreadable:
                # the damage stays (every later open and start finds it): a later round would test nothing new
                self.say("round %d: the database left by the last kill cannot be read; stopping here" % n)
                damaged_at = n
                break
            self.start(n)
            if not self.wait_up():
                self.failures.append("round %d: the application did not start (see app-%02d.log)" % (n, n))
                self.kill("not up")
                self.compaction_logged(n)
                continue
            self.compaction_logged(n)
            rows = self.new_rows(self.big, YEARS)
            name = "r%02d-big.csv" % n
            result = {}

            def send():
                t0 = time.time()
                try:
                    result["answer"] = self.import_csv(name, rows)
                    result["took"] = time.time() - t0
                except (OSError, http.client.HTTPException) as ex:
                    result["error"] = ex

            offset, _ = self.log_lines(n, 0)
            sent = time.time()
            t = threading.Thread(target=send)
            t.start()
            committing = None  # when the import's commit line was seen
            in_import = False  # the import's transaction (TransactionTemplate: "with name [null]") began
            while t.is_alive() and committing is None:
                offset, lines = self.log_lines(n, offset)
                for line in lines:
                    if b"Creating new transaction with name [null]" in line:
                        in_import = True
                    elif in_import and b"Committing JDBC transaction" in line:
                        committing = time.time()
                        break
                time.sleep(0.01)
            if took is None:
                t.join()
            at = None
            if took is not None and t.is_alive():
                at = self.rng.uniform(0, took)
                t.join(at)
            if "answer" in result and result["answer"][0] == 200:
                self.model.update(rows)
                self.answered += 1
                if committing is not None and at is None:
                    took = time.time() - committing  # from the commit line to the answer
                elif at is not None:
                    answered_late += 1
                self.kill("right after an answer")
                self.say("round %d: %s (%d rows) answered after %.1f s%s, then kill -9" % (
                    n, name, len(rows), result["took"], "" if at is None
                    else " (kill planned %.2f s after its commit line)" % at))
                if took is not None and at is None:
                    self.say("  commit line to answer: %.2f s" % took)
                continue
            self.kill("during a write")
            t.join()
            self.cut += 1
            cuts += 1
            self.say("round %d: kill -9 %s into %s (%d rows; commit line to answer took %s s before)"
                     % (n, "%.2f s after its commit line" % at if at is not None else
                        "%.1f s (no commit line seen)" % (time.time() - sent), name, len(rows),
                        "%.2f" % took if took else "?"))
            pending = [(name, rows)]
        if damaged_at is None:
            self.check(self.cycles + 1, pending)
        summary = {"rounds": self.cycles, "unreadable after the kill of round": damaged_at and damaged_at - 1, "imports answered": self.answered, "imports cut near their end": cuts,
                   "answered before the planned kill": answered_late, "row checks": self.rows_checked,
                   "rows in the end": len(self.model), "lost": self.lost, "half written": self.half,
                   "checks that could not read the values": self.unreadable, "problems": len(self.failures),
                   "minutes": round((time.time() - started) / 60, 1)}
        for f in self.failures:
            self.say("FAIL " + f)
        self.say("RESULT " + json.dumps(summary))
        return 0 if not self.failures else 1

    def run(self):
        if self.target == "big-commit":
            return self.run_big_commit()
        os.makedirs(self.data, exist_ok=True)
        pending = []
        started = time.time()
        for n in range(1, self.cycles + 1):
            if self.stop_requested or (self.until and time.time() > self.until):
                self.say("no cycle %d: %s; the final start and check follow" % (
                    n, "SIGTERM" if self.stop_requested else "time limit reached"))
                break
            pending = self.check(n, pending) + self.cycle(n)
            self.compaction_logged(n)
            self.cycles_done = n
        last = self.cycles_done
        pending = self.check(last + 1, pending)
        # a last clean start: the application itself must come up on what the last kill left
        self.start(last + 1, compact=True)
        if not self.wait_up():
            self.failures.append("final start: the application did not start")
        else:
            self.read_back(last + 1)
        self.kill("final")
        self.compaction_logged(last + 1)
        # and the values once more, after that start's forced compaction
        self.check(last + 2, pending)
        size = os.path.getsize(os.path.join(self.data, "pantau.mv.db")) if not self.postgres and os.path.exists(
            os.path.join(self.data, "pantau.mv.db")) else 0
        summary = {
            "cycles": self.cycles_done, "cycles asked": self.cycles, "writes answered and checked": self.answered, "writes cut by a kill": self.cut,
            "edits answered": self.edits_answered, "edits cut by a kill": self.edits_cut,
            "edited values checked": self.edit_checks, "edits lost": self.edits_lost,
            "row checks": self.rows_checked, "rows in the end": len(self.model), "lost": self.lost,
            "half written": self.half, "checks that could not read the values": self.unreadable,
            "kills": self.kills, "problems": len(self.failures),
            "starts with compaction forced": self.compactions_forced,
            "compactions logged": self.compactions_logged,
            "compactions declined (not after a clean stop)": self.compactions_refused,
            "clean stops": self.clean_stops, "clean-stop markers written": self.markers,
            "starts with the integrity check skipped": self.checks_skipped,
            "starts with the full integrity check": self.checks_full, "file MB in the end": round(size / 1048576, 1),
            "minutes": round((time.time() - started) / 60, 1),
            "database": "PostgreSQL " + self.pg_url if self.postgres else "H2 " + (self.url_options or "(no options)"),
        }
        for f in self.failures:
            self.say("FAIL " + f)
        self.say("RESULT " + json.dumps(summary))
        return 0 if not self.failures else 1


if __name__ == "__main__":
    args = dict(a.split("=", 1) for a in sys.argv[1:])
    sys.exit(Harness(args).run())
