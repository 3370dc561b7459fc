#!/usr/bin/env bash
# Archive throughput: N mixed-language articles (Fars News from ../shared/eval/corpus, NTREX translations from
# ../shared/eval/xref, each made distinct by its number) uploaded with POST /articles/bulk to the packaged
# service on a fresh database of the local PostgreSQL, then waited for until every one is analyzed and linked.
# Baseline in the same run and the same database: `\copy` of the same (title, body) rows into a plain table with
# a GIN index on their search vector. Prints upload lines/s, end-to-end articles/s, \copy rows/s and the ratio.
# Also prints PostgreSQL work per article over the run (service only; the baseline comes after): rows written
# (pg_stat_user_tables inserts/updates/deletes, per table), transactions, backend active time, and round trips
# (client writes to PostgreSQL: a statement, a batch or a commit each; a JFR recording of socket writes).
# The idle service's own traffic (polls) is measured for IDLE=10 s before the upload and subtracted ("net").
# Also prints the service's peak RSS over the run, and its CPU time (user + system, all threads) per article from
# the upload to the last article linked: unlike the rates, roughly independent of what else loads the machine;
# and that CPU split by thread: analysis workers, JIT compilers, garbage collector, the rest.
# JFR=1 records a profile (target/archive-<workers>.jfr) and prints the 15 hottest frames. KEEP_DB=1 keeps the database.
# A list of worker counts (1,2) runs each on a database of its own and prints articles/s against the first.
#   bench/archive-throughput.sh [N=2000] [workers=number of cores, or a list: 1,2]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
WORKERS=${2:-}
EVAL=${NEWSGRAPH_EVAL_DIR:-../shared/eval}
FARS=$EVAL/corpus/farsnews.jsonl
NTREX=$EVAL/xref/ntrex-dev.jsonl
[ -f "$FARS" ] && [ -f "$NTREX" ] || { echo "SKIPPED: $FARS or $NTREX is absent"; exit 0; }
if [[ "$WORKERS" == *,* ]]; then
  first=
  for w in ${WORKERS//,/ }; do
    rate=$("$0" "$N" "$w" | tee >(cat >&2) | awk '/^analyzed and linked/ {print $(NF-1)}')
    first=${first:-$rate}
    python3 -c 'import sys; print(f"workers {sys.argv[1]}: {float(sys.argv[2]):.2f} articles/s, {float(sys.argv[2]) / float(sys.argv[3]):.2f}x the first")' "$w" "$rate" "$first"
  done 2>&1
  exit 0
fi
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}  # JAR=... measures another build (e.g. a baseline)
[ -f "$JAR" ] || mvn -o -q package -DskipTests
PG="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
DB=newsgraph_bench_$$
PORT=${BENCH_PORT:-$((18200 + $$ % 500))}
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [ "${KEEP_DB:-0}" = 1 ] && echo "kept database $DB" >&2 || $PG -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
$PG -d postgres -c "create database $DB" >/dev/null

python3 - "$FARS" "$NTREX" "$N" "$WORK/upload.ndjson" "$WORK/rows.tsv" <<'PY'
import json, sys
fars, ntrex, n, ndjson, tsv = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
docs = [(d["title"], d["text"], "farsnews") for d in map(json.loads, open(fars, encoding="utf-8"))]
docs += [(d["title"].strip(), d["text"], d.get("source") or "ntrex") for d in map(json.loads, open(ntrex, encoding="utf-8"))]
# Interleave the two sources so every stretch of the upload mixes languages.
half = len(docs) // 2
mixed = [d for pair in zip(docs[:half], docs[half:]) for d in pair]
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
with open(ndjson, "w", encoding="utf-8") as out, open(tsv, "w", encoding="utf-8") as rows:
    for i in range(n):
        title, body, source = mixed[i % len(mixed)]
        title, body = f"{title} #{i}", f"{body}\n{i}"
        out.write(json.dumps({"title": title, "body": body, "source": source}, ensure_ascii=False) + "\n")
        rows.write(esc(title) + "\t" + esc(body) + "\n")
PY

cat > "$WORK/io.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="round trips">
  <event name="jdk.SocketWrite"><setting name="enabled">true</setting><setting name="stackTrace">false</setting><setting name="threshold">0 ms</setting></event>
</configuration>
JFC
JAVA_OPTS=("-XX:StartFlightRecording=filename=$WORK/io.jfr,settings=$WORK/io.jfc")
[ "${JFR:-0}" = 1 ] && JAVA_OPTS=("-XX:StartFlightRecording=filename=target/archive-${WORKERS:-default}.jfr,settings=profile,settings=$WORK/io.jfc")
[ -n "$WORKERS" ] && export NEWSGRAPH_ANALYSIS_WORKERS=$WORKERS
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres NEWSGRAPH_API_KEYS=bench QUARKUS_HTTP_PORT=$PORT \
  NEWSGRAPH_LIMITS_RATE_LIMITS_ENABLED=false \
  java -Xmx1g "${JAVA_OPTS[@]}" -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
# Resident memory of the service through the whole run (goal: <= 1.5 GB with all languages loaded).
( while kill -0 $PID 2>/dev/null; do ps -o rss= -p $PID 2>/dev/null | tr -d ' '; sleep 1; done ) > "$WORK/rss" &
for _ in $(seq 1 480); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 0.5
done

# Counters before and after the run (read once the service is gone, so its backends have reported theirs).
STATS_SQL="select coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0),
    (select xact_commit + xact_rollback from pg_stat_database where datname = current_database()),
    (select active_time from pg_stat_database where datname = current_database()) from pg_stat_user_tables"
TABLES_SQL="select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables"
# The idle service's own traffic (feed horizon polls, progress, gauges) over IDLE seconds: subtracted per second
# of the run below, so the "net" per-article figures do not depend on how long the run took (machine load).
IDLE=${IDLE:-10}
sleep 2
$PG -d "$DB" -At -F ' ' -c "$STATS_SQL" > "$WORK/stats.idle0"
idle_start=$(date +%s.%N)
sleep "$IDLE"
$PG -d "$DB" -At -F ' ' -c "$STATS_SQL" > "$WORK/stats.idle1"
idle_end=$(date +%s.%N)
$PG -d "$DB" -At -F ' ' -c "$STATS_SQL" > "$WORK/stats.before"
$PG -d "$DB" -At -F ' ' -c "$TABLES_SQL" > "$WORK/tables.before"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# CPU ticks per thread (name, user + system): where the service's CPU goes besides the worker threads.
thread_ticks() { for t in /proc/$PID/task/*; do echo "$(cat "$t/comm" 2>/dev/null)|$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')"; done; }
thread_ticks > "$WORK/threads.before"
cpu_before=$(cpu_ticks)
start=$(date +%s.%N)
curl -fsS -o "$WORK/report.json" -H "Authorization: Bearer bench" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/upload.ndjson" "http://127.0.0.1:$PORT/articles/bulk" \
  || { tail -30 "$WORK/service.log"; exit 1; }
uploaded=$(date +%s.%N)
while :; do
  read -r total open failed < <($PG -d "$DB" -At -F ' ' -c "select count(*),
      count(*) filter (where analysis_status = 'pending' or (analysis_status = 'done' and link_status = 'pending')),
      count(*) filter (where analysis_status = 'failed' or link_status = 'failed') from article")
  [ "$open" = 0 ] && break
  kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 0.5
done
done_at=$(date +%s.%N)
cpu_after=$(cpu_ticks)
thread_ticks > "$WORK/threads.after"
kill $PID; wait $PID 2>/dev/null || true; PID=
sleep 1.5
$PG -d "$DB" -At -F ' ' -c "$STATS_SQL" > "$WORK/stats.after"
$PG -d "$DB" -At -F ' ' -c "$TABLES_SQL" > "$WORK/tables.after"
if [ "${JFR:-0}" = 1 ]; then IOJFR=target/archive-${WORKERS:-default}.jfr; else IOJFR=$WORK/io.jfr; fi
# Socket writes to PostgreSQL from the start of the upload, and those of the idle window (epoch seconds).
jfr print --events jdk.SocketWrite "$IOJFR" | python3 -c '
import re, sys
idle0, idle1, start = map(float, sys.argv[1:4])
run = idle = 0
for event in sys.stdin.read().split("jdk.SocketWrite {")[1:]:
    if "port = 5432" not in event:
        continue
    # jfr prints the time of day (local time: UTC here) without the date: placed on the day nearest the start.
    m = re.search(r"startTime = (\d+):(\d+):(\d+(?:\.\d+)?)", event)
    t = start
    if m:
        t = start // 86400 * 86400 + int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3])
        t += 86400 if start - t > 43200 else -86400 if t - start > 43200 else 0
    run += t >= start
    idle += idle0 <= t < idle1
print(run, idle)' "$idle_start" "$idle_end" "$start" > "$WORK/roundtrips" || true

# Baseline: the same rows into a plain table with a GIN index on their search vector, same database.
$PG -d "$DB" -c "create table copy_baseline (title text, body text)" \
  -c "create index on copy_baseline using gin (to_tsvector('simple', title || ' ' || body))"
copy_start=$(date +%s.%N)
$PG -d "$DB" -c "\\copy copy_baseline (title, body) from '$WORK/rows.tsv'"
copy_end=$(date +%s.%N)

links=$($PG -d "$DB" -At -F ' ' -c "with per as (select a.id, count(x.article_a) as n from article a
    left join xref x on x.article_a = a.id or x.article_b = a.id group by a.id)
    select round(avg(n), 1), max(n), (select count(*) from xref), (select count(*) from story) from per")

python3 - "$WORK/report.json" "$start" "$uploaded" "$done_at" "$copy_start" "$copy_end" "$total" "$failed" "${WORKERS:-default}" "$WORK" "$links" "$idle_start" "$idle_end" "$cpu_before" "$cpu_after" "$(getconf CLK_TCK)" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); start, up, done, cs, ce = map(float, sys.argv[2:7]); total, failed = int(sys.argv[7]), int(sys.argv[8])
work = sys.argv[10]
upload, e2e, copy = r["lines"] / (up - start), total / (done - start), r["lines"] / (ce - cs)
print(f"workers {sys.argv[9]}: {r['lines']} lines, created {r['created']}, existing {r['existing']}, failed {r['failed']}; "
      f"{total} articles, {failed} failed at analysis or linking")
print(f"upload              {up - start:8.1f} s  {upload:8.0f} lines/s")
print(f"analyzed and linked {done - start:8.1f} s  {e2e:8.1f} articles/s")
print(f"\\copy baseline      {ce - cs:8.2f} s  {copy:8.0f} rows/s")
print(f"end-to-end / \\copy  {100 * e2e / copy:8.2f} %   upload / \\copy {100 * upload / copy:.0f} %")
before = [float(x) for x in open(f"{work}/stats.before").read().split()]
after = [float(x) for x in open(f"{work}/stats.after").read().split()]
ins, upd, dele, xacts, active = (a - b for a, b in zip(after, before))
trips, idle_trips = (int(x) for x in (open(f"{work}/roundtrips").read().split() or ["0", "0"]))
n = max(total, 1)
print(f"per article (PostgreSQL): {(ins + upd + dele) / n:.1f} rows written (ins {ins / n:.1f}, upd {upd / n:.1f}, "
      f"del {dele / n:.1f}), {trips / n:.1f} round trips, {xacts / n:.1f} transactions, {active / n:.1f} ms backend active")
i0 = [float(x) for x in open(f"{work}/stats.idle0").read().split()]
i1 = [float(x) for x in open(f"{work}/stats.idle1").read().split()]
idle_s = float(sys.argv[13]) - float(sys.argv[12])
run_s = done - start
idle_xacts = (i1[3] - i0[3]) / idle_s
idle_active = (i1[4] - i0[4]) / idle_s
print(f"  net of the idle service ({idle_trips / idle_s:.1f} round trips/s, {idle_xacts:.1f} transactions/s over "
      f"{idle_s:.0f} s idle, times {run_s:.0f} s): {(trips - idle_trips / idle_s * run_s) / n:.1f} round trips, "
      f"{(xacts - idle_xacts * run_s) / n:.1f} transactions, {(active - idle_active * run_s) / n:.1f} ms backend active")
tb = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(f"{work}/tables.before") if l.strip()}
ta = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(f"{work}/tables.after") if l.strip()}
rows = sorted(((sum(v) - sum(tb.get(t, [0, 0, 0])), t, [x - y for x, y in zip(v, tb.get(t, [0, 0, 0]))]) for t, v in ta.items()), reverse=True)
print("  rows written per article by table (ins/upd/del): " + ", ".join(
    f"{t} {d[0] / n:.1f}/{d[1] / n:.1f}/{d[2] / n:.1f}" for w, t, d in rows if w > 0))
avg, mx, xrefs, stories = sys.argv[11].split()
print(f"links: {xrefs} stored, per article avg {avg}, max {mx}; {stories} stories")
rss = [int(x) for x in open(f"{work}/rss").read().split() if x.isdigit()]
cpu_ms = (float(sys.argv[15]) - float(sys.argv[14])) / float(sys.argv[16]) * 1000 / n
print(f"service CPU per article (user + system, all threads): {cpu_ms:.1f} ms")
def groups(name):
    ticks = {}
    for line in open(f"{work}/{name}"):
        thread, _, t = line.rstrip("\n").rpartition("|")
        group = ("analysis workers" if thread.startswith("analysis-worker") else "JIT compilers" if "CompilerThre" in thread
                 else "garbage collector" if thread.startswith(("G1 ", "GC Thread")) else "other")
        ticks[group] = ticks.get(group, 0) + (int(t) if t.isdigit() else 0)
    return ticks
tb, ta = groups("threads.before"), groups("threads.after")
split = {g: (ta.get(g, 0) - tb.get(g, 0)) / float(sys.argv[16]) * 1000 / n for g in ("analysis workers", "JIT compilers", "garbage collector")}
# The rest as the remainder: threads that ended during the run (the JVM adds and retires compiler threads) count there.
split["other threads"] = cpu_ms - sum(split.values())
print("  of which: " + ", ".join(f"{g} {ms:.1f} ms" for g, ms in split.items()))
print(f"service RSS: peak {max(rss, default=0) / 1024:.0f} MiB over {len(rss)} samples (java -Xmx1g, the README's heap)")
PY

if [ "${JFR:-0}" = 1 ]; then
  # Leaf frames say where the CPU goes; the first Newsgraph frame of each stack says which of our code asked for it.
  jfr print --events jdk.ExecutionSample --stack-depth 64 target/archive-${WORKERS:-default}.jfr | python3 -c '
import collections, re, sys
leaf, ours = collections.Counter(), collections.Counter()
for event in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
    frames = re.findall(r"^\s+(\S+)\(.*\)\s+line:", event, re.M)
    if frames:
        leaf[frames[0]] += 1
        ours[next((f for f in frames if f.startswith("org.newsgraph.")), "(no Newsgraph frame)")] += 1
for title, counts in (("hottest frames", leaf), ("hottest Newsgraph frames (first on the stack)", ours)):
    print(f"{title}, samples of the recording:")
    for frame, n in counts.most_common(15):
        print(f"{n:7d}  {frame}")'
fi
