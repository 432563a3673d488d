#!/usr/bin/env bash
# The test command: provides what the tests need beside the .NET SDK — the report tools (Chromium, Java
# with the Nu Html Checker, poppler-utils, LibreOffice Writer, fonts) and a throwaway PostgreSQL cluster
# (Debian's postgresql package), each installed if missing — then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/report-tools.sh
source scripts/throwaway-postgres.sh
export HALLBAR_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=hallbar;Database=postgres"

dotnet test Hallbar.slnx --configuration Release "$@"
