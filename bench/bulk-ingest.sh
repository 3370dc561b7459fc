#!/usr/bin/env bash
# Bulk NDJSON ingest of a large upload (default 100 MB) into the packaged service with a small heap, to show
# the upload is streamed, not held in memory. Lines are Fars News articles (../shared/eval/corpus), each
# made distinct by its line number. Background analysis is switched off so the figure is ingest alone.
# Prints: upload size, lines, seconds, lines/s, the service's peak resident memory and its heap limit.
# Run after `mvn package -DskipTests`:  bench/bulk-ingest.sh [megabytes]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
CORPUS=${NEWSGRAPH_EVAL_DIR:-../shared/eval}/corpus/farsnews.jsonl
[ -f "$CORPUS" ] || { echo "SKIPPED: $CORPUS is absent"; exit 0; }
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 - "$CORPUS" "$WORK/upload.ndjson" "$MB" <<'PY'
import json, sys
src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in open(src, encoding="utf-8")]
limit, n = mb * 1024 * 1024, 0
with open(dst, "w", encoding="utf-8") as out:
    size = 0
    while size < limit:
        d = docs[n % len(docs)]
        line = json.dumps({"title": d["title"] + " #" + str(n), "body": d["text"] + "\n" + str(n),
                           "url": d["url"] + ("&" if "?" in d["url"] else "?") + "copy=" + str(n) if d.get("url") else None, "source": "farsnews"},
                          ensure_ascii=False) + "\n"
        out.write(line); size += len(line.encode("utf-8")); n += 1
print(n, "lines written")
PY
PORT=18181
NEWSGRAPH_DATA_DIR="$WORK/data" NEWSGRAPH_API_KEYS=bench NEWSGRAPH_ANALYSIS_WORKER_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
  java -Xmx${BENCH_HEAP:-1g} -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
peak=0
( while kill -0 $PID 2>/dev/null; do r=$(ps -o rss= -p $PID | tr -d ' '); echo "$r"; sleep 0.5; done ) > "$WORK/rss" &
start=$(date +%s.%N)
curl -sS -o "$WORK/report.json" -H "Authorization: Bearer bench" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/upload.ndjson" "http://127.0.0.1:$PORT/articles/bulk" \
  || { tail -30 "$WORK/service.log"; exit 1; }
end=$(date +%s.%N)
peak=$(sort -n "$WORK/rss" | tail -1)
python3 - "$WORK/report.json" "$(stat -c %s "$WORK/upload.ndjson")" "$start" "$end" "$peak" "${BENCH_HEAP:-1g}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); size = int(sys.argv[2]); secs = float(sys.argv[4]) - float(sys.argv[3])
print(f"upload {size/1048576:.0f} MB, {r['lines']} lines: created {r['created']}, existing {r['existing']}, failed {r['failed']}")
print(f"{secs:.1f} s, {r['lines']/secs:.0f} lines/s, {size/1048576/secs:.1f} MB/s")
print(f"service peak resident memory {int(sys.argv[5])//1024} MiB (heap limit {sys.argv[6]})")
PY
