#!/usr/bin/env bash
# Builds the solution and runs every test project (Microsoft.Testing.Platform, see global.json), then prints one
# summary line "N passed, N failed[, N skipped]". Exits non-zero when anything failed or did not build.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${CONFIGURATION:-Release}"

# Test infrastructure: every eng/test-setup/*.sh is sourced here, before the build, in name order. Each installs what
# its tests need when missing (PostgreSQL, Chromium, ...), starts throw-away services, exports what the tests read, and
# may append a command to the array `cleanup` to stop what it started (run on exit).
cleanup=()
on_exit() { local c; for c in "${cleanup[@]}"; do eval "$c" || true; done; }
trap on_exit EXIT
if compgen -G "eng/test-setup/*.sh" > /dev/null; then
    for setup in eng/test-setup/*.sh; do
        # shellcheck source=/dev/null
        source "$setup"
    done
fi

summary() {
    local passed="$1" failed="$2" skipped="$3"
    if [[ "$skipped" -gt 0 ]]; then
        echo "$passed passed, $failed failed, $skipped skipped"
    else
        echo "$passed passed, $failed failed"
    fi
}

if ! dotnet build Mnemo.slnx -c "$configuration" --nologo -v quiet; then
    echo "build failed" >&2
    summary 0 1 0
    exit 1
fi

log="$(mktemp)"
cleanup+=("rm -f '$log'")
set +e
dotnet test --solution Mnemo.slnx -c "$configuration" --no-build 2>&1 | tee "$log"
status="${PIPESTATUS[0]}"
set -e

# The MTP runner ends with "Test run summary: ...", then "  total: N", "  failed: N", "  succeeded: N", "  skipped: N".
count() { sed 's/\x1b\[[0-9;]*m//g' "${2:-$log}" | grep -E "^[[:space:]]*$1:[[:space:]]*[0-9]+" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed="$(count succeeded)"
failed="$(count failed)"
skipped="$(count skipped)"

if [[ "$status" -ne 0 && "$failed" -eq 0 ]]; then
    # A test host crashed or a project failed to run: no test says so, but the run did not pass.
    echo "dotnet test exited with $status" >&2
    failed=1
fi

# Packages: pack every library and the mnemo tool into artifacts/packages, then test them as an application outside
# this solution uses them (test/Mnemo.Package.Tests: the README's snippet built from the packages, the tool installed).
package_status=0
rm -rf artifacts/packages
set +e
dotnet pack Mnemo.slnx -c "$configuration" --no-build --nologo -v quiet \
    && dotnet build test/Mnemo.Package.Tests/Mnemo.Package.Tests.csproj -c "$configuration" --nologo -v quiet
package_status=$?
set -e
if [[ "$package_status" -eq 0 ]]; then
    package_log="$(mktemp)"
    cleanup+=("rm -f '$package_log'")
    set +e
    dotnet test --project test/Mnemo.Package.Tests/Mnemo.Package.Tests.csproj -c "$configuration" --no-build 2>&1 | tee "$package_log"
    package_status="${PIPESTATUS[0]}"
    set -e
    passed=$((passed + $(count succeeded "$package_log")))
    failed=$((failed + $(count failed "$package_log")))
    skipped=$((skipped + $(count skipped "$package_log")))
    [[ "$package_status" -ne 0 && "$(count failed "$package_log")" -eq 0 ]] && failed=$((failed + 1))
else
    echo "packing or building test/Mnemo.Package.Tests failed" >&2
    failed=$((failed + 1))
fi

# Compatibility tests: real third-party clients (test/compat/*.test.mjs) against the built CLI (mnemo serve / mnemo mcp).
compat_status=0
if compgen -G "test/compat/*.test.mjs" > /dev/null; then
    if [[ ! -d test/compat/node_modules ]]; then
        # --ignore-scripts: mem0ai's optional better-sqlite3 would compile from source; MemoryClient does not need it.
        (cd test/compat && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    fi
    compat_log="$(mktemp)"
    set +e
    MNEMO_CLI_DLL="$PWD/hosts/Mnemo.Cli/bin/$configuration/net10.0/Mnemo.Cli.dll" \
        node --test --test-reporter=spec --test-concurrency=1 test/compat/*.test.mjs 2>&1 | tee "$compat_log"
    compat_status="${PIPESTATUS[0]}"
    set -e
    ccount() { sed 's/\x1b\[[0-9;]*m//g' "$compat_log" | grep -E "^[^ ]+ $1 [0-9]+" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
    passed=$((passed + $(ccount pass)))
    failed=$((failed + $(ccount fail)))
    skipped=$((skipped + $(ccount skipped)))
    if [[ "$compat_status" -ne 0 && "$(ccount fail)" -eq 0 ]]; then
        echo "compat tests exited with $compat_status" >&2
        failed=$((failed + 1))
    fi
    rm -f "$compat_log"
fi

echo
summary "$passed" "$failed" "$skipped"
[[ "$status" -eq 0 && "$failed" -eq 0 && "$compat_status" -eq 0 && "$package_status" -eq 0 ]]
