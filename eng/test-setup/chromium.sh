# Chromium for the dashboard's browser tests (test/compat/dashboard.test.mjs, driven by playwright-core, which never
# downloads a browser here): Debian's package, installed when missing. Exports CHROMIUM_PATH. Sourced by test.sh.
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium_path" ]]; then
    echo "eng/test-setup/chromium.sh: installing Debian's chromium" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2; then
        echo "eng/test-setup/chromium.sh: could not install chromium; the dashboard tests will fail" >&2
    fi
fi
export CHROMIUM_PATH="$chromium_path"

# A test/compat/node_modules installed before playwright-core joined package.json lacks it: reinstall from the lock.
if [[ -d test/compat/node_modules && ! -d test/compat/node_modules/playwright-core ]]; then
    (cd test/compat && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
fi
