#!/usr/bin/env bash
# Issue 16's PostgreSQL benchmarks in one unattended run (about 5 minutes on 2 quiet cores, plus the build), written into
# docs/BENCHMARKS.md: starts a throw-away PostgreSQL cluster (eng/test-setup/postgres.sh, as test.sh does), runs the
# add, search and lag benchmarks on PostgreSQL beside SQLite measured in the same run, then `mnemo eval locomo` on both
# stores, and stops the cluster. Each benchmark and each eval works in a database it creates and drops.
#
#   bench/postgres-benchmarks.sh              # everything, --write
#   LOCOMO=path MNEMO_EMBEDDING_CACHE=dir bench/postgres-benchmarks.sh
#
# LOCOMO defaults to /work/shared/data/locomo/locomo-dev.json; MNEMO_EMBEDDING_CACHE (an `--embedding-cache` directory)
# defaults to /work/cache/emb when it exists: the eval then reads its embeddings instead of running the model (~15 s a run).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
locomo="${LOCOMO:-/work/shared/data/locomo/locomo-dev.json}"
cache="${MNEMO_EMBEDDING_CACHE:-}"
[[ -z "$cache" && -d /work/cache/emb ]] && cache=/work/cache/emb
[[ -f "$locomo" ]] || { echo "postgres-benchmarks.sh: no LoCoMo file at $locomo (set LOCOMO)" >&2; exit 2; }
command -v python3 > /dev/null || { echo "postgres-benchmarks.sh: python3 is needed to write the eval table" >&2; exit 2; }

# A cluster of our own, always: never a server named by the environment. Stopped and removed on exit.
cleanup=()
on_exit() { local c; for c in "${cleanup[@]}"; do eval "$c" || true; done; }
trap on_exit EXIT
unset MNEMO_TEST_POSTGRES MNEMO_POSTGRES
# shellcheck source=../eng/test-setup/postgres.sh
source eng/test-setup/postgres.sh
[[ -n "${MNEMO_TEST_POSTGRES:-}" ]] || { echo "postgres-benchmarks.sh: PostgreSQL did not start (see above)" >&2; exit 1; }
server="$MNEMO_TEST_POSTGRES"
started=$SECONDS

# The CLI first, then the benchmarks, into the projects' own bin folders: the second build reuses the libraries the
# first compiled (the ./mnemo launcher builds into a tree of its own, which would compile them all again).
echo "== building" >&2
dotnet build hosts/Mnemo.Cli/Mnemo.Cli.csproj -c Release --nologo -v quiet >&2
dotnet build bench/Mnemo.Bench/Mnemo.Bench.csproj -c Release --nologo -v quiet >&2
mnemo() { dotnet hosts/Mnemo.Cli/bin/Release/net10.0/Mnemo.Cli.dll "$@"; }

echo "== add, search (10k, 100k), lag: SQLite and PostgreSQL" >&2
dotnet bench/Mnemo.Bench/bin/Release/net10.0/Mnemo.Bench.dll add search lag \
    --models arctic --sizes 10000,100000 --postgres "$server" --write

echo "== mnemo eval locomo: SQLite, then PostgreSQL" >&2
work="$(mktemp -d)"
cleanup+=("rm -rf '$work'")
cache_args=()
[[ -n "$cache" ]] && cache_args=(--embedding-cache "$cache")
MNEMO_HOME="$work" mnemo eval locomo --data "$locomo" "${cache_args[@]}" --json > "$work/sqlite.json"
MNEMO_HOME="$work" mnemo eval locomo --data "$locomo" "${cache_args[@]}" --json --postgres "$server" > "$work/postgres.json"

python3 - "$work/sqlite.json" "$work/postgres.json" "$locomo" "${cache:+on}" <<'PY'
import json, os, platform, re, sys, datetime
sqlite, postgres = (json.load(open(p)) for p in sys.argv[1:3])
data, cache = os.path.basename(sys.argv[3]), sys.argv[4] == "on"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown CPU")
ram = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0) / 1024 / 1024
date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
rows = []
for name, r in (("SQLite", sqlite), ("PostgreSQL", postgres)):
    lat = r["latency_ms"]
    rows.append(f"| {name} | {r['questions']} | " + " | ".join(f"{r['recall'][k]:.1f}" for k in ("1", "5", "10", "20"))
                + f" | {r['session_recall']['10']:.1f} | {r['mrr']:.4f} | {lat['search_p50']:.1f} | {lat['search_p95']:.1f} |")
diff = postgres["recall"]["10"] - sqlite["recall"]["10"]
same = all(sqlite[k] == postgres[k] for k in ("recall", "session_recall", "mrr", "by_category"))
text = (f"_Measured {date}, {cpu}, {os.cpu_count()} cores, {ram:.0f} GiB RAM, {platform.system()} {platform.release()}; "
        f"`mnemo eval locomo --data {data}`{' with --embedding-cache' if cache else ''}._\n\n"
        "| Store | Questions | turn_frac@1 | turn_frac@5 | turn_frac@10 | turn_frac@20 | Session recall@10 | MRR | Search p50 (ms) | Search p95 (ms) |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n\n"
        f"turn_frac@10 PostgreSQL − SQLite: {diff:+.2f} (target ±0.3); every score and category "
        f"{'identical' if same else 'NOT identical'} on the two stores.\n")
path = "docs/BENCHMARKS.md"
doc = open(path).read()
begin, end = "<!-- bench:eval-postgres:begin -->", "<!-- bench:eval-postgres:end -->"
block = f"{begin}\n{text.rstrip()}\n{end}"
if begin in doc and end in doc:
    doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
else:
    doc = doc.rstrip() + "\n\n" + block + "\n"
open(path, "w").write(doc)
print(text)
print(f"[postgres-benchmarks] updated {path} (eval-postgres)", file=sys.stderr)
PY

echo "== done in $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s; docs/BENCHMARKS.md updated" >&2
