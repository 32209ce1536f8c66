#!/usr/bin/env bash
# Build dist/RegWorkshop-<version>.dmg on macOS (the .app comes from the PyInstaller spec,
# whose Info.plist settings - bundle id, document types - live in
# installers/pyinstaller/bundle_settings.py).
#
#   installers/macos/build_dmg.sh
#
# Needs macOS 11+, Xcode command line tools (hdiutil, codesign) and `pip install -e ".[build]"`.
# Signing and notarising (needed so Gatekeeper opens it without a warning): set
# CODESIGN_IDENTITY="Developer ID Application: …" and NOTARY_PROFILE (a profile stored with
# `xcrun notarytool store-credentials`); without them the .dmg is unsigned.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
version=$(cd "$root" && "$python" -c 'import regworkshop; print(regworkshop.__version__)')
dist="$root/dist"
app="$dist/RegWorkshop.app"
dmg="$dist/RegWorkshop-$version.dmg"

[ "$(uname)" = Darwin ] || { echo "error: build the .dmg on macOS" >&2; exit 2; }
(cd "$root" && "$python" -m PyInstaller --noconfirm --clean --distpath "$dist" \
  --workpath "$root/build/pyinstaller" installers/pyinstaller/regworkshop.spec)
"$app/Contents/MacOS/regworkshop" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "RegWorkshop $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "built $dmg"
