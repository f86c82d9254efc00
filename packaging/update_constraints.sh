#!/usr/bin/env bash
# Re-resolve constraints.txt: every package (and its dependencies) pinned for every platform,
# so a fresh install next month gets what CI tested. Run after changing pyproject.toml's
# dependencies, then run the tests on the new pins before committing both files.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools" && "$tools/bin/pip" install -q uv==0.13.9
"$tools/bin/uv" pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
    --no-header --no-annotate --quiet -o constraints.txt
sed -i '1i # Pins for every platform; regenerate with packaging/update_constraints.sh (uses uv).' constraints.txt
