#!/usr/bin/env bash
# Build RegWorkshop-<version>-x86_64.AppImage from the PyInstaller one-folder build.
#
#   installers/linux/build_appimage.sh                # build dist/RegWorkshop if missing, then the AppImage
#   installers/linux/build_appimage.sh --appdir-only  # stop after assembling build/AppDir
#
# Needs: Python with `pip install -e ".[build]"`, and appimagetool on PATH (or APPIMAGETOOL=path)
# from https://github.com/AppImage/appimagetool/releases. Build on the oldest Linux you support
# (glibc is not bundled): Debian 12 / Ubuntu 22.04 is a good floor.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/installers/linux"
app_id=se.regworkshop.RegWorkshop
python=${PYTHON:-python3}
version=$(cd "$root" && "$python" -c 'import regworkshop; print(regworkshop.__version__)')
dist=${DIST:-$root/dist}
appdir=${APPDIR:-$root/build/AppDir}

if [ ! -x "$dist/RegWorkshop/regworkshop" ]; then
  (cd "$root" && "$python" -m PyInstaller --noconfirm --clean --distpath "$dist" \
    --workpath "$root/build/pyinstaller" installers/pyinstaller/regworkshop.spec)
fi

rm -rf "$appdir"
mkdir -p "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/share/applications" \
  "$appdir/usr/share/metainfo" "$appdir/usr/share/mime/packages" \
  "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -a "$dist/RegWorkshop" "$appdir/usr/lib/regworkshop"
ln -s ../lib/regworkshop/regworkshop "$appdir/usr/bin/regworkshop"
cp "$here/$app_id.desktop" "$appdir/usr/share/applications/"
cp "$here/$app_id.desktop" "$appdir/"
cp "$here/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/"
cp "$here/$app_id.xml" "$appdir/usr/share/mime/packages/"
cp "$root/resources/icons/regworkshop.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$root/resources/icons/regworkshop-$size.png" \
    "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cp "$root/resources/icons/regworkshop-256.png" "$appdir/$app_id.png"
ln -s "$app_id.png" "$appdir/.DirIcon"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/regworkshop/regworkshop" "$@"
APPRUN
chmod +x "$appdir/AppRun"
echo "assembled $appdir"
[ "${1:-}" = "--appdir-only" ] && exit 0

tool=${APPIMAGETOOL:-appimagetool}
command -v "$tool" >/dev/null || { echo "error: appimagetool not found (set APPIMAGETOOL)" >&2; exit 2; }
mkdir -p "$dist"
ARCH=${ARCH:-x86_64} "$tool" "$appdir" "$dist/RegWorkshop-$version-${ARCH:-x86_64}.AppImage"
