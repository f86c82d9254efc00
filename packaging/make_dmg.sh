#!/usr/bin/env bash
# Wrap build/dist/Hearth.app in a compressed disk image with an Applications shortcut.
# macOS only (hdiutil). Sign the app first and notarize the DMG after: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(python3 -c "import re;print(re.search(r'VERSION = \"(.+)\"', open('app/version.py').read())[1])")
app=build/dist/Hearth.app
dmg=build/dist/Hearth-$version.dmg
[ -d "$app" ] || { echo "no $app: run python packaging/build.py first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Hearth $version" -srcfolder "$stage" -fs HFS+ -format ULFO -ov "$dmg"
if [ -n "${HEARTH_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$HEARTH_SIGN_IDENTITY" "$dmg"
fi
echo "wrote $dmg"
