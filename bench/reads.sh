#!/usr/bin/env bash
# Read endpoints at scale. The packaged service on a fresh database of the local PostgreSQL analyzes and links
# S real articles (Fars News and NTREX from ../shared/eval); the store is then grown to N articles by copying
# those analyzed rows (articles, stories, segments, dates, mentions, links) with new ids, so every copy keeps
# realistic bodies, entities, links and stories. Then, in the same run and on the same database:
#   - baselines: pgbench selecting an article by id, and the service's startup probe (no check behind it, no
#     database: the framework's own hello-world floor; liveness would check the database);
#   - the service's CPU time per request of each endpoint, and as a multiple of the hello-world's (steadier
#     than rates when the machine is shared);
#   - each read endpoint under `wrk -t2 -c16`: requests/s and p50/p99 latency, with the goals of issue 12
#     (GET by id >= 60 % of pgbench's rate; every list/search/entity/link/story read p99 <= 50 ms).
#   bench/reads.sh [N=100000] [S=300] [seconds per endpoint=10]
# KEEP_DB=1 keeps the grown database (its name is newsgraph_reads_<pid>); REUSE_DB=<name> measures it again.
# JAR=<path> measures another build; BENCH_JAVA_OPTS replaces -Xmx1g (e.g. add -XX:StartFlightRecording=filename=x.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
S=${2:-300}
SECONDS_EACH=${3:-10}
EVAL=${NEWSGRAPH_EVAL_DIR:-../shared/eval}
FARS=$EVAL/corpus/farsnews.jsonl
NTREX=$EVAL/xref/ntrex-dev.jsonl
[ -f "$FARS" ] && [ -f "$NTREX" ] || { echo "SKIPPED: $FARS or $NTREX is absent"; exit 0; }
command -v wrk >/dev/null && command -v pgbench >/dev/null || { echo "SKIPPED: needs wrk and pgbench (apt-get install wrk)"; exit 0; }
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}  # JAR=<another build's quarkus-run.jar>: old jar against new on one store
[ -f "$JAR" ] || mvn -o -q package -DskipTests
PG="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
DB=newsgraph_reads_$$
PORT=${BENCH_PORT:-$((18800 + $$ % 100))}
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [ "${KEEP_DB:-0}" = 1 ] || [ -n "${REUSE_DB:-}" ] || $PG -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
start_service() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres NEWSGRAPH_API_KEYS=bench QUARKUS_HTTP_PORT=$PORT \
    NEWSGRAPH_LIMITS_RATE_LIMITS_ENABLED=false java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$WORK/service.log" 2>&1 &
  PID=$!
  # Resident memory through the whole benchmark (goal: <= 1.5 GB), sampled every second.
  ( while kill -0 $PID 2>/dev/null; do ps -o rss= -p $PID 2>/dev/null | tr -d ' '; sleep 1; done ) >> "$WORK/rss" &
  for _ in $(seq 1 480); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; echo "the service died" >&2; exit 1; }
    sleep 0.5
  done
  echo "the service did not become ready" >&2; exit 1
}
# The service's CPU time (user + system) in clock ticks: CPU per request is steadier than rates on a shared machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# Ready comes before the language models finish loading in the background: wait until the service is idle.
wait_idle() {
  local a b
  for _ in $(seq 1 120); do a=$(cpu_ticks); sleep 2; b=$(cpu_ticks); [ $(( b - a )) -lt 10 ] && return 0; done
}

grow_start=$(date +%s)
if [ -n "${REUSE_DB:-}" ]; then
  DB=$REUSE_DB  # a store an earlier KEEP_DB=1 run grew: measure the reads again without growing it
else
$PG -d postgres -c "create database $DB" >/dev/null

python3 - "$FARS" "$NTREX" "$S" "$WORK/upload.ndjson" <<'PY'
import json, sys
fars, ntrex, n, ndjson = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
docs = [(d["title"], d["text"], "farsnews") for d in map(json.loads, open(fars, encoding="utf-8"))]
docs += [(d["title"].strip(), d["text"], d.get("source") or "ntrex") for d in map(json.loads, open(ntrex, encoding="utf-8"))]
half = len(docs) // 2
mixed = [d for pair in zip(docs[:half], docs[half:]) for d in pair]
with open(ndjson, "w", encoding="utf-8") as out:
    for title, body, source in mixed[:n]:
        out.write(json.dumps({"title": title, "body": body, "source": source}, ensure_ascii=False) + "\n")
PY


start_service
curl -fsS -o /dev/null -H "Authorization: Bearer bench" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/upload.ndjson" "http://127.0.0.1:$PORT/articles/bulk"
while [ "$($PG -d "$DB" -At -c "select count(*) from article where analysis_status = 'pending'
                                 or (analysis_status = 'done' and link_status = 'pending')")" != 0 ]; do
  kill -0 $PID 2>/dev/null || { tail -30 "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 1
done
echo "analyzed and linked $S articles; growing the store to $N"

# Copies k = 1.. of the analyzed rows: article ids become rank + k * (largest id) (rank in id order, so links keep
# article_a < article_b), story ids likewise; every other column is copied as it is, whatever the schema holds.
python3 - "$DB" "$N" <<'PY' > "$WORK/grow.sql"
import subprocess, sys
db, n = sys.argv[1], int(sys.argv[2])
def columns(table):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-At", "-d", db, "-c",
        f"select column_name from information_schema.columns where table_name = '{table}' "
        "and is_generated = 'NEVER' order by ordinal_position"], check=True, capture_output=True, text=True).stdout
    return out.split()
article_id = lambda col: f"(select r.rank from rank_of r where r.id = t.{col}) + k * s.n"
overrides = {
    "story": {"id": "(select r.rank from story_rank r where r.id = t.id) + k * s.stories"},
    "article": {"id": article_id("id"), "url": "t.url || '#' || k", "content_hash": "t.content_hash || '#' || k",
                "story_id": "(select r.rank from story_rank r where r.id = t.story_id) + k * s.stories",
                "import_id": "null"},
    "xref": {"article_a": article_id("article_a"), "article_b": article_id("article_b")},
    "xref_article": {"article_id": article_id("article_id"), "content_hash": "t.content_hash || '#' || k"},
}
print("""
create table rank_of as select id, row_number() over (order by id) as rank from article;
create table story_rank as select id, row_number() over (order by id) as rank from story;
create unique index on rank_of (id);
create unique index on story_rank (id);
analyze rank_of; analyze story_rank;
-- Offsets are the largest ids, not the counts: merged stories leave gaps, and a copy must not reuse an id.
create table sizes as select (select max(id) from article) as n, (select max(id) from story) as stories,
  (select count(*) from article) as articles;
""")
for table in ["story", "article", "article_segment", "date_expression", "mention", "xref_article", "xref"]:
    cols = columns(table)
    if not cols:
        continue
    o = overrides.get(table, {})
    exprs = [o.get(c, article_id(c) if c == "article_id" else "t." + c) for c in cols]
    identity = " overriding system value" if table in ("story", "article") else ""
    print(f"insert into {table} ({', '.join(cols)}){identity}\n"
          f"select {', '.join(exprs)} from {table} t, sizes s, generate_series(1, ceil({n}::numeric / s.articles)::int - 1) k;")
print("""
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('story', 'id'), (select max(id) from story));
drop table rank_of; drop table story_rank; drop table sizes;
""")
PY
kill $PID; wait $PID 2>/dev/null || true; PID=
grow_start=$(date +%s)
$PG -d "$DB" -f "$WORK/grow.sql" >/dev/null
$PG -d "$DB" -c "vacuum analyze" >/dev/null
fi
read -r articles stories links mentions < <($PG -d "$DB" -At -F ' ' -c "select (select count(*) from article),
  (select count(*) from story), (select count(*) from xref), (select count(*) from mention)")
echo "store: $articles articles, $stories stories, $links links, $mentions mentions (grown in $(( $(date +%s) - grow_start )) s)"
start_service
wait_idle

# Ids of the copies lie from S+1 to the largest (dense when the first S are); the requests pick among them, or
# among all articles when there are no copies (N <= S).
read -r lo hi < <($PG -d "$DB" -At -F ' ' -c "select case when max(id) > $S then $S + 1 else min(id) end, max(id) from article")
read -r slo shi < <($PG -d "$DB" -At -F ' ' -c "select min(id), max(id) from story")
common=$($PG -d "$DB" -At -c "select word from ts_stat('select search from article where id <= $S')
                              where length(word) > 3 order by ndoc desc limit 1")

cat > "$WORK/pgbench.sql" <<EOF
\set id random($lo, $hi)
select * from article where id = :id;
EOF
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T "$SECONDS_EACH" -f "$WORK/pgbench.sql" "$DB" > "$WORK/pgbench.out" 2>&1
pg_rate=$(awk '/^tps = / {print $3; exit}' "$WORK/pgbench.out")

# One wrk run per endpoint; {id} and {story} are replaced by a random article or story id per request.
run_wrk() {
  local name=$1 path=$2
  cat > "$WORK/wrk.lua" <<EOF
math.randomseed(42)
local path = "$path"
request = function()
  local p = path:gsub("{id}", tostring(math.random($lo, $hi))):gsub("{story}", tostring(math.random($slo, $shi)))
  return wrk.format("GET", p)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %s %.1f %.2f %.2f %d %d\n", "$name", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.requests))
end
EOF
  # Warm-up (JIT, connection pool, PostgreSQL's cache) first, not counted.
  wrk -t2 -c16 -d"$(( (SECONDS_EACH + 1) / 2 ))s" -s "$WORK/wrk.lua" "http://127.0.0.1:$PORT" >/dev/null
  local before after line
  before=$(cpu_ticks)
  line=$(wrk -t2 -c16 -d"${SECONDS_EACH}s" -s "$WORK/wrk.lua" "http://127.0.0.1:$PORT" | grep '^RESULT' | cut -d' ' -f2-)
  after=$(cpu_ticks)
  echo "$line $(( after - before ))"
}
q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
{
  run_wrk hello "/q/health/started"
  run_wrk article-by-id "/articles/{id}"
  run_wrk list "/articles"
  run_wrk list-language "/articles?language=fa"
  run_wrk search-common "/articles?q=$(q "$common")"
  run_wrk search-absent "/articles?q=nowordlikethis"
  run_wrk entity-search "/entities?q=Aliyev"
  run_wrk entity-search-arabic "/entities?q=$(q 'علیاف')"
  run_wrk cross-references "/articles/{id}/cross-references"
  run_wrk stories "/stories?sort=largest"
  run_wrk story "/stories/{story}"
} > "$WORK/results.txt"
rss=$(sort -n "$WORK/rss" | tail -1 | awk '{printf "%.0f", $1 / 1024}')

python3 - "$WORK/results.txt" "$pg_rate" "$articles" "$rss" "$common" "$(getconf CLK_TCK)" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
pg, articles, rss, common, tick_ms = float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], 1000 / float(sys.argv[6])
by = {r[0]: r for r in rows}
print(f"{articles} articles; pgbench select by id: {pg:.0f}/s; hello (startup probe): {float(by['hello'][1]):.0f} req/s; "
      f"common word searched: {common}")
print(f"{'endpoint':22} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'CPU ms/req':>10} {'x hello':>7}  goal")
hello_cpu = int(by['hello'][6]) * tick_ms / max(int(by['hello'][5]), 1)
ok = True
for name, rate, p50, p99, errors, total, ticks in rows:
    cpu = int(ticks) * tick_ms / max(int(total), 1)  # the service's CPU per request, over the measured run
    goal = ""
    if name == "article-by-id":
        share = float(rate) / pg
        met = share >= 0.60
        goal = f"{100 * share:.0f} % of pgbench (goal >= 60 %) {'met' if met else 'SHORT'}"
    elif name != "hello":
        met = float(p99) <= 50
        goal = f"p99 <= 50 ms {'met' if met else 'SHORT'}"
    else:
        met = True
    ok &= met
    print(f"{name:22} {float(rate):9.0f} {float(p50):8.2f} {float(p99):8.2f} {int(errors):8d} {cpu:10.2f} "
          f"{cpu / hello_cpu if hello_cpu else 0:7.1f}  {goal}")
print(f"service RSS, peak over the whole run: {rss} MiB (goal <= 1536) {'met' if int(rss) <= 1536 else 'SHORT'}")
print("all read goals met" if ok else "some read goals are short (see above)")
PY
