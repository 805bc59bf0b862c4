#!/usr/bin/env bash
# Set up, convert the articles in articles/ into briefings, build the site and the PDFs.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
status=0
.venv/bin/briefwright convert articles --workers 0 || status=$?  # bad articles are reported; the rest convert
.venv/bin/briefwright build
echo "Site: site/index.html   PDFs: site/pdf/" >&2
exit $status
