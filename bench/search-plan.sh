#!/usr/bin/env bash
# The plan and time of the article list's full-text search (?q=) on a generated store of N articles
# (default 100,000: the Fars News and NTREX texts of ../shared/eval, copied with new ids), in a fresh database
# of the local PostgreSQL with the service's schema. Compares the plain query ("where search @@ q order by id
# desc limit") with the service's (the match materialized first), for an absent word, a rare and a common
# one, and checks both return the same ids. Prints each plan's top node and its execution time.
#   bench/search-plan.sh [N=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
EVAL=${NEWSGRAPH_EVAL_DIR:-../shared/eval}
FARS=$EVAL/corpus/farsnews.jsonl
NTREX=$EVAL/xref/ntrex-dev.jsonl
[ -f "$FARS" ] && [ -f "$NTREX" ] || { echo "SKIPPED: $FARS or $NTREX is absent"; exit 0; }
PG="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
DB=newsgraph_bench_$$
WORK=$(mktemp -d)
trap '$PG -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
$PG -d postgres -c "create database $DB" >/dev/null
for migration in src/main/resources/db/migration/V*.sql; do $PG -d "$DB" -f "$migration" >/dev/null; done

python3 - "$FARS" "$NTREX" "$WORK/rows.tsv" <<'PY'
import json, sys
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for path in sys.argv[1:3]:
        for d in map(json.loads, open(path, encoding="utf-8")):
            out.write(esc(d["title"].strip()) + "\t" + esc(d["text"]) + "\n")
PY
$PG -d "$DB" -c "create temporary table sample (title text, body text)" -c "\\copy sample from '$WORK/rows.tsv'" -c "
  insert into article (content_hash, title, body, analysis_status, search)
  select md5(g::text), s.title || ' #' || g, s.body, 'done',
         setweight(to_tsvector('simple', s.title), 'A') || to_tsvector('simple', s.body)
  from generate_series(1, $N) g
  join (select row_number() over () - 1 as n, title, body from sample) s on s.n = g % (select count(*) from sample)" \
  -c "vacuum analyze article"

plain="select id from article where true and search @@ plainto_tsquery('simple', :'q') order by id desc limit 21"
fenced="with matches as materialized (select id from article where true and search @@ plainto_tsquery('simple', :'q')) select id from matches order by id desc limit 21"
# psql interpolates :'q' only in what it reads, not in -c.
sql_with_word() { $PG -d "$DB" -At -v q="$1" <<< "$2"; }
printf '%-28s %-8s %-10s %s\n' "word (articles)" query "ms" "plan"
for word in nowordlikethis macedonia "$(printf 'گزارش')"; do
  matches=$(sql_with_word "$word" "select count(*) from article where search @@ plainto_tsquery('simple', :'q')")
  for name in plain fenced; do
    sql=${!name}
    plan=$(sql_with_word "$word" "explain (analyze, format json) $sql")
    python3 -c '
import json, sys
p = json.loads(sys.argv[1])[0]
def nodes(n):
    yield n
    for c in n.get("Plans", []): yield from nodes(c)
scans = [n["Node Type"] + (" on " + n["Index Name"] if "Index Name" in n else "") for n in nodes(p["Plan"]) if "Scan" in n["Node Type"]]
print("%-28s %-8s %10.2f %s" % (sys.argv[2][:20] + " (" + sys.argv[3] + ")", sys.argv[4], p["Execution Time"], ", ".join(scans)))' \
      "$plan" "$word" "$matches" "$name"
  done
  same=$(sql_with_word "$word" "select (select array_agg(id) from ($plain) a) is not distinct from (select array_agg(id) from ($fenced) b)")
  [ "$same" = t ] || { echo "the two queries disagree for '$word'" >&2; exit 1; }
done
echo "same ids from both queries for every word; $N articles"
