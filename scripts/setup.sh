#!/usr/bin/env bash
# Set up everything briefwright needs, idempotently: system libraries (apt), then .venv/
# with the pinned Python dependencies. Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ ${1:-} == --test ]] && want_test=1

# ---- system packages: pango for WeasyPrint (PDFs); chromium and poppler for the tests
apt_pkgs=()
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || apt_pkgs+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so' || apt_pkgs+=(libpangoft2-1.0-0)
if (( want_test )); then
  command -v chromium >/dev/null || apt_pkgs+=(chromium)
  command -v pdftoppm >/dev/null || apt_pkgs+=(poppler-utils)
fi
if (( ${#apt_pkgs[@]} )); then
  if [[ $(id -u) == 0 ]]; then sudo=""
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"
  else
    echo "briefwright setup: missing system packages: ${apt_pkgs[*]}" >&2
    echo "  run: sudo apt-get install -y ${apt_pkgs[*]}   then run this command again" >&2
    exit 1
  fi
  echo "briefwright setup: installing ${apt_pkgs[*]} with apt-get" >&2
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi

# ---- Python: .venv with the pinned dependencies (skipped when nothing changed)
py=${PYTHON:-python3}
"$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "briefwright setup: Python 3.11 or newer is needed ($py is $("$py" --version 2>&1))" >&2; exit 1; }
[[ -x .venv/bin/python ]] || "$py" -m venv .venv
extra=""; (( want_test )) && extra="[test]"
stamp=".venv/.briefwright-installed$extra"
digest=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$digest" ]]; then
  echo "briefwright setup: installing the pinned Python packages into .venv" >&2
  # pip's notes about this machine's extra (absent) package folders are noise: keep the rest
  .venv/bin/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".$extra" 2>&1 \
    | { grep -v -e "^WARNING: Location 'file:" -e "does not provide the extra 'html_clean'" || true; }
  echo "$digest" > "$stamp"
fi
