#!/bin/sh
# Refresh the translation sources (assets/i18n/*.ts) from the code, then compile them (*.qm).
# Run after changing any text the interface shows; translators edit the .ts files
# (Qt Linguist: `pyside6-linguist assets/i18n/hearth_de.ts`), then run this again.
set -eu
cd "$(dirname "$0")/.."
BIN="$(dirname "$(command -v python)")"
SOURCES=$(find app -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in de fr es ja zh_CN ar; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative $SOURCES -ts "assets/i18n/hearth_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "assets/i18n/hearth_$lang.ts" -qm "assets/i18n/hearth_$lang.qm"
done
