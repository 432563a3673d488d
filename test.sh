#!/usr/bin/env bash
# The test command: everything the tests need, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Hallbar.slnx --configuration Release "$@"
