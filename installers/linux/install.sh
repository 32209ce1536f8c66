#!/usr/bin/env bash
# Install (or remove) the one-folder build with its menu entry, icons and file types.
#
#   installers/linux/install.sh [--prefix DIR] [--uninstall] [SOURCE]
#
# SOURCE is the built folder (default dist/RegWorkshop) or the unpacked release tarball.
# Default prefix: ~/.local (per user, no root). IT departments: --prefix /opt/regworkshop
# as root installs for every user (the launcher goes to /usr/local/bin, the desktop and
# MIME files to /usr/share). Silent: it asks nothing and exits non-zero on any failure.
set -euo pipefail
app_id=se.regworkshop.RegWorkshop
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix="$HOME/.local"; uninstall=0; source="$root/dist/RegWorkshop"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) source=$1; shift ;;
  esac
done
if [ "$prefix" = "$HOME/.local" ]; then
  lib="$prefix/lib/regworkshop"; bin="$prefix/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
else
  lib="$prefix"; bin=/usr/local/bin; share=/usr/share
fi
if [ "$uninstall" = 1 ]; then
  rm -rf "$lib"; rm -f "$bin/regworkshop" "$share/applications/$app_id.desktop" \
    "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml"
  find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
else
  [ -x "$source/regworkshop" ] || { echo "error: no build at $source (run PyInstaller first)" >&2; exit 2; }
  rm -rf "$lib"; mkdir -p "$(dirname "$lib")" "$bin"
  cp -a "$source" "$lib"
  ln -sf "$lib/regworkshop" "$bin/regworkshop"
  install -Dm644 "$here/$app_id.desktop" "$share/applications/$app_id.desktop"
  install -Dm644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
  install -Dm644 "$here/$app_id.xml" "$share/mime/packages/$app_id.xml"
  install -Dm644 "$root/resources/icons/regworkshop.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$root/resources/icons/regworkshop-$size.png" \
      "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" 2>/dev/null || true
echo "$([ "$uninstall" = 1 ] && echo removed || echo installed) RegWorkshop ($lib)"
