#!/usr/bin/env bash
# Side by side with Mem0: Mem0's own open-source Memory (npm mem0ai, pinned) and Mnemo on the same work, the same
# machine and the same embeddings (arctic-embed-xs from `mnemo serve`'s /v1/embeddings), then a ratio table.
#
#   bench/compare-mem0/run.sh [--quick] [--sizes 1000,10000,100000] [--queries N] [--write] [--no-locomo] [--no-scale]
#
# --quick: 1,000 memories, 30 queries, LoCoMo on two conversations (~5 min). Default: 1k/10k/100k, 100 queries
# (Mem0 at 100k: at least 10, at most 60 s of queries), the whole dev split (~1 h on 2 cores, mostly embedding).
# --write: copies the chart to docs/img/mem0-vs-mnemo.png and replaces the bench:mem0 section of docs/BENCHMARKS.md.
# Results (JSON, PNG) go to $COMPARE_MEM0_RESULTS (default artifacts/compare-mem0/results).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
here="$root/bench/compare-mem0"
art="${COMPARE_MEM0_ARTIFACTS:-$root/artifacts/compare-mem0}"
results="${COMPARE_MEM0_RESULTS:-$art/results}"
locomo_data="${LOCOMO_DATA:-$root/../shared/data/locomo/locomo-dev.json}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sizes="1000,10000,100000"; queries=100; samples=""; write=0; do_locomo=1; do_scale=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) sizes="1000"; queries=30; samples="conv-26,conv-30" ;;
        --sizes) sizes="$2"; shift ;;
        --queries) queries="$2"; shift ;;
        --write) write=1 ;;
        --no-locomo) do_locomo=0 ;;
        --no-scale) do_scale=0 ;;
        -h|--help) sed -n 2,11p "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

log() { echo "[compare-mem0] $*" >&2; }

log "building the CLI (Release) into $art/cli"
dotnet build "$root/hosts/Mnemo.Cli/Mnemo.Cli.csproj" -c Release --nologo -v quiet \
    --artifacts-path "$art/build" -o "$art/cli" >&2
cli=(dotnet "$art/cli/Mnemo.Cli.dll")

if [[ ! -d "$here/node_modules/mem0ai" || ! -d "$here/node_modules/better-sqlite3/build" ]]; then
    # better-sqlite3 (Mem0's "memory" vector store) compiles from source: node-gyp needs Node's headers.
    log "installing mem0ai (npm ci)"
    (cd "$here" && npm_config_nodedir="${npm_config_nodedir:-/usr}" npm ci --no-audit --no-fund >&2)
fi

work="$(mktemp -d /tmp/compare-mem0.XXXXXX)"
mkdir -p "$results"
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
url="http://127.0.0.1:$port"

# A fresh database per phase: Mnemo's keyword statistics span scopes, so LoCoMo must not share a store with the
# synthetic memories (and Mem0's scan would pay for them too).
start_server() {
    local db="$work/$1.db"
    key="$("${cli[@]}" --db "$db" keys create --project bench 2>/dev/null | head -n 1)"
    "${cli[@]}" --db "$db" serve --urls "$url" --rate-limit 0 --max-body-bytes 16777216 2>"$work/$1-serve.log" &
    server_pid=$!
    for _ in $(seq 1 120); do
        curl -sf "$url/healthz" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    cat "$work/$1-serve.log" >&2
    log "mnemo serve did not start"
    exit 1
}
stop_server() {
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
run_node() {
    # Mem0 offline: no telemetry, and its ~/.mem0 id file in the scratch folder, not the user's home.
    (cd "$here" && HOME="$work/home" MEM0_TELEMETRY=false node bench.mjs "$@" --url "$url" --key "$key" --work "$work")
}

if [[ $do_locomo -eq 1 ]]; then
    locomo_args=(--data "$locomo_data")
    eval_args=()
    if [[ -n "$samples" ]]; then
        locomo_args+=(--samples "$samples")
        eval_args+=(--samples "$samples")
    fi
    log "LoCoMo: Mnemo's own evaluator (in-process)"
    "${cli[@]}" eval locomo --data "$locomo_data" "${eval_args[@]}" --json >"$results/mnemo-eval.json"
    log "LoCoMo: both systems through this harness"
    start_server locomo
    run_node locomo "${locomo_args[@]}" --out "$results/locomo.json"
    stop_server
fi

if [[ $do_scale -eq 1 ]]; then
    log "scale: sizes $sizes, $queries queries per size"
    start_server scale
    run_node scale --sizes "$sizes" --queries "$queries" --out "$results/scale.json"
    stop_server
fi

report_args=(--results "$results")
[[ $write -eq 1 ]] && report_args+=(--write "$root/docs/BENCHMARKS.md")
node "$here/report.mjs" "${report_args[@]}"

log "rendering the chart"
dotnet run --project "$root/bench/Mnemo.Compare/Mnemo.Compare.csproj" -c Release --artifacts-path "$art/build" -- \
    "$results/summary.json" "$results/mem0-vs-mnemo.png" >&2
if [[ $write -eq 1 ]]; then
    mkdir -p "$root/docs/img"
    cp "$results/mem0-vs-mnemo.png" "$root/docs/img/mem0-vs-mnemo.png"
    log "wrote docs/img/mem0-vs-mnemo.png"
fi
log "results in $results"
