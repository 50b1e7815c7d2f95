# PostgreSQL for test/Mnemo.Postgres.Tests and the multi-replica tests: Debian's package, installed when missing, and a
# throw-away cluster (initdb in a temporary folder, run as the postgres user because initdb refuses root) listening on
# 127.0.0.1 on a free port. Exports MNEMO_TEST_POSTGRES (a connection string of a role that may create databases: each
# test makes its own). Sourced by test.sh; the stop and the removal of the folder go to `cleanup`.
# Tests skip when MNEMO_TEST_POSTGRES is unset outside CI; under CI=true they fail, so a broken set-up is never silent.
pg_setup() {
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
        echo "eng/test-setup/postgres.sh: installing Debian's postgresql" >&2
        if [[ "$(id -u)" -ne 0 ]] || ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2; then
            echo "eng/test-setup/postgres.sh: could not install postgresql; the PostgreSQL tests will fail under CI and skip otherwise" >&2
            return 1
        fi
        bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi

    # initdb and postgres refuse to run as root: run them as the postgres user (created by the package) when we are root.
    local as=()
    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres > /dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        as=(runuser -u postgres --)
    fi

    local dir port password
    dir="$(mktemp -d /tmp/mnemo-pg.XXXXXX)"
    [[ "${#as[@]}" -gt 0 ]] && chown postgres: "$dir"
    chmod 700 "$dir"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000)))"
    password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

    # Local socket connections (the set-up below) trust the OS user; TCP connections (the tests) need the password.
    if ! "${as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1; then
        echo "eng/test-setup/postgres.sh: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        return 1
    fi

    # fsync off: a throw-away cluster need not survive a power loss, and it makes the tests' many small commits cheap.
    if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        > /dev/null; then
        echo "eng/test-setup/postgres.sh: the server did not start:" >&2
        cat "$dir/server.log" >&2
        rm -rf "$dir"
        return 1
    fi

    cleanup+=("${as[*]} '$bindir/pg_ctl' -D '$dir/data' -m immediate stop > /dev/null 2>&1; rm -rf '$dir'")
    if ! "${as[@]}" "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE mnemo LOGIN CREATEDB PASSWORD '$password'" -c "CREATE DATABASE mnemo OWNER mnemo" >&2; then
        echo "eng/test-setup/postgres.sh: could not create the test role" >&2
        return 1
    fi

    export MNEMO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=mnemo;Password=$password;Database=mnemo"
    echo "eng/test-setup/postgres.sh: PostgreSQL $("$bindir/postgres" --version | grep -oE '[0-9]+(\.[0-9]+)*' | head -n 1) on 127.0.0.1:$port" >&2
}

if [[ -z "${MNEMO_TEST_POSTGRES:-}" ]]; then
    pg_setup || true
fi
unset -f pg_setup
