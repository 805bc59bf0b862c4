#!/usr/bin/env bash
# Set up with the test dependencies and run the tests.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
exec .venv/bin/python -m pytest -q "$@"
