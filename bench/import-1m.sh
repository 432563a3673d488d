#!/usr/bin/env bash
# Benchmark: importing N outcome values (default 1 000 000) from one CSV into SQLite and into
# PostgreSQL with `hallbar import`, measured in the same run as the same CSV loaded by sqlite3's
# .import and by psql's \copy into a plain table. Target: Hallbar within 3× of those tools.
# Usage: bench/import-1m.sh [N]   (installs sqlite3 from Debian's packages if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
source scripts/throwaway-postgres.sh

WORK="$(mktemp -d /tmp/hallbar-bench.XXXXXX)"
trap 'stop_pg; rm -rf "$WORK"' EXIT
chmod 755 "$WORK"

# A synthetic organization: 50 units, N/1000 measures summed over units, 20 years.
python3 - "$N" "$WORK" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
units, years = 50, 20
measures = max(1, n // (units * years))
model = {"formatVersion": 1,
  "organization": {"id": "bench", "name": "Benchmarkregion", "kind": "region",
    "units": [{"id": f"u{u}", "name": f"Enhet {u}"} for u in range(units)]},
  "scales": [{"id": "s", "name": "Utveckling", "grades": [
    {"id": "p", "label": "Positiv", "score": 1, "verdict": "positive"}, {"id": "o", "label": "Oförändrad", "score": 0, "verdict": "unchanged"},
    {"id": "n", "label": "Negativ", "score": -1, "verdict": "negative"}, {"id": "x", "label": "Inget värde", "verdict": "noValue"}]}],
  "defaultScale": "s",
  "goals": [{"id": "g", "kind": "goal", "name": "Mål", "targetYear": 2040, "measures": [
    {"id": f"m{m}", "name": f"Mätetal {m}", "kind": "numeric", "unit": "st", "direction": "increase",
     "rule": {"kind": "previousYear"}, "unitAggregation": "sum"} for m in range(measures)]}]}
json.dump(model, open(f"{work}/model.json", "w"))
with open(f"{work}/outcomes.csv", "w", encoding="utf-8") as f:
    f.write("Mätetal-id;Mätetal;Enhet;Period;Delserie;Förvaltning;Värde;Text;Saknas, orsak;Källa;Kommentar;Version;Skäl vid omräkning\n")
    i = 0
    for m in range(measures):
        for y in range(2011, 2011 + years):
            for u in range(units):
                f.write(f"m{m};;st;{y};;u{u};{i % 997},{i % 10};;;;;;\n")
                i += 1
print(f"{i} rows", file=sys.stderr)
PY
ROWS=$(($(wc -l < "$WORK/outcomes.csv") - 1))

# The command line as users run it: published, ahead-of-time compiled (see README).
dotnet publish src/Hallbar.Cli -o "$WORK/cli" -v quiet >/dev/null
HALLBAR="$WORK/cli/hallbar"
seconds() { local start=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $start" | bc -l; }

# SQLite
TOOL_SQLITE=$(seconds sqlite3 "$WORK/plain.db" "CREATE TABLE plain (measure TEXT, name TEXT, unit TEXT, period TEXT, series TEXT, org_unit TEXT, value TEXT, text TEXT, missing TEXT, source TEXT, comment TEXT, version TEXT, reason TEXT);" ".separator ;" ".import --skip 1 $WORK/outcomes.csv plain")
$HALLBAR import "$WORK/model.json" --database "Data Source=$WORK/hallbar.db" >/dev/null
HALLBAR_SQLITE=$(seconds $HALLBAR import "$WORK/outcomes.csv" --org bench --database "Data Source=$WORK/hallbar.db")

# PostgreSQL
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U hallbar -q -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE plain" -c "CREATE DATABASE hallbar"
"${PSQL[@]}" -d plain -c "CREATE TABLE plain (measure text, name text, unit text, period text, series text, org_unit text, value text, text text, missing text, source text, comment text, version text, reason text)"
TOOL_PG=$(seconds "${PSQL[@]}" -d plain -c "\\copy plain FROM '$WORK/outcomes.csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)")
PGDB="Host=127.0.0.1;Port=$PGPORT;Username=hallbar;Database=hallbar"
$HALLBAR import "$WORK/model.json" --database "$PGDB" --provider postgresql >/dev/null
HALLBAR_PG=$(seconds $HALLBAR import "$WORK/outcomes.csv" --org bench --database "$PGDB" --provider postgresql)

report() { printf '%-11s %-22s %8.2f s %10.0f values/s\n' "$1" "$2" "$3" "$(echo "$ROWS / $3" | bc -l)"; }
echo "$ROWS outcome values, $(nproc) cores"
report SQLite "sqlite3 .import" "$TOOL_SQLITE"
report SQLite "hallbar import" "$HALLBAR_SQLITE"
printf '            ratio %.1f×\n' "$(echo "$HALLBAR_SQLITE / $TOOL_SQLITE" | bc -l)"
report PostgreSQL "psql \\copy" "$TOOL_PG"
report PostgreSQL "hallbar import" "$HALLBAR_PG"
printf '            ratio %.1f×\n' "$(echo "$HALLBAR_PG / $TOOL_PG" | bc -l)"
