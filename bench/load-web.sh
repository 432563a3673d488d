#!/usr/bin/env bash
# Load on the web application: requests per second and p99 latency at 32 connections (wrk, on
# loopback) for the overview page read anonymously and an API read, measured in the same run as a
# static file served by the same server. Target on the 2-core machine with SQLite: at least
# 2 000 req/s and a p99 under 50 ms for the page and the API read.
#
# Hallbar is published in Release and started on a free port with a new SQLite database (the demo
# data) in a temporary folder, which is removed afterwards; each address is warmed up, then measured.
# Usage: bench/load-web.sh   (installs wrk from Debian's packages if missing)
#   LOAD_DURATION=30s LOAD_CONNECTIONS=32 LOAD_THREADS=2 change the measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${LOAD_DURATION:-30s}"
CONNECTIONS="${LOAD_CONNECTIONS:-32}"
THREADS="${LOAD_THREADS:-2}"
MIN_RPS=2000
MAX_P99_MS=50

if ! command -v wrk >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

WORK="$(mktemp -d /tmp/hallbar-load.XXXXXX)"
SERVER=""
cleanup() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
        kill "$SERVER"
        wait "$SERVER" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "Publishing Hallbar.Web (Release)..."
dotnet publish src/Hallbar.Web -c Release -o "$WORK/app" --nologo -v quiet >/dev/null

# Port 0: the system picks a free port, which Hallbar names in its log.
mkdir "$WORK/data"
: >"$WORK/server.log"
(cd "$WORK/app" && exec env HALLBAR_DATA="$WORK/data" ASPNETCORE_ENVIRONMENT=Production \
    dotnet Hallbar.Web.dll --urls "http://127.0.0.1:0" >"$WORK/server.log" 2>&1) &
SERVER=$!

BASE=""
for _ in $(seq 1 600); do
    BASE="$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$WORK/server.log" | head -1 | sed 's/Now listening on: //' || true)"
    [ -n "$BASE" ] && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; echo "Hallbar did not start." >&2; exit 1; }
    sleep 0.1
done
[ -n "$BASE" ] || { cat "$WORK/server.log"; echo "Hallbar did not say where it listens." >&2; exit 1; }
until curl -fs -o /dev/null "$BASE/region-vastmanland"; do sleep 0.2; done

# The stylesheet as the page links it (its name carries a fingerprint of its content).
CSS="$(curl -fs "$BASE/region-vastmanland" | grep -o '/css/site\.[a-z0-9]*\.css' | head -1)"
[ -n "$CSS" ] || { echo "The overview page links no /css/site.*.css." >&2; exit 1; }

NAMES=("static file" "overview page" "API read")
PATHS=("$CSS" "/region-vastmanland" "/api/organizations/region-vastmanland/assessments?year=2025")

for path in "${PATHS[@]}"; do
    curl -fs -o /dev/null "$BASE$path" || { echo "$BASE$path does not answer 200." >&2; exit 1; }
done

echo "Hallbar at $BASE; $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
echo "Warming up (5 s each)..."
for path in "${PATHS[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE$path" >/dev/null
done

# p99 as wrk prints it (850.00us, 12.34ms, 1.20s) in milliseconds.
p99_ms() {
    awk '$1 == "99%" { v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
        printf "%.2f", (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : unit == "m" ? v * 60000 : v) }' "$1"
}

met_all=yes
rows=()
for i in "${!PATHS[@]}"; do
    out="$WORK/wrk-$i.txt"
    load_before="$(cut -d' ' -f1 /proc/loadavg)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE${PATHS[$i]}" >"$out"
    load_after="$(cut -d' ' -f1 /proc/loadavg)"
    rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    p99="$(p99_ms "$out")"
    errors="$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' "$out")"
    if [ "$i" -eq 0 ]; then
        verdict="(reference)"
    elif [ "$errors" -eq 0 ] && awk -v r="$rps" -v p="$p99" -v mr="$MIN_RPS" -v mp="$MAX_P99_MS" 'BEGIN { exit !(r >= mr && p < mp) }'; then
        verdict="yes"
    else
        verdict="NO"
        met_all=no
    fi
    rows+=("$(printf '%-14s %-62s %8s %9s %7s %10s  %s' "${NAMES[$i]}" "${PATHS[$i]}" "$rps" "$p99" "$errors" "$load_before→$load_after" "$verdict")")
done

echo
printf '%-14s %-62s %8s %9s %7s %10s  %s\n' "what" "address" "req/s" "p99 ms" "errors" "load avg" "target met (≥ $MIN_RPS req/s, p99 < $MAX_P99_MS ms)"
printf '%s\n' "${rows[@]}"
echo
echo "The load average (1 min, before→after each run) shows what else ran on the machine meanwhile."
[ "$met_all" = yes ] && echo "Target met." || echo "Target NOT met."
