#!/usr/bin/env bash
# The test command: provides what the tests need beside the .NET SDK — a throwaway PostgreSQL
# cluster (Debian's postgresql package, installed if missing) — then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/throwaway-postgres.sh
export HALLBAR_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=hallbar;Database=postgres"

dotnet test Hallbar.slnx --configuration Release "$@"
