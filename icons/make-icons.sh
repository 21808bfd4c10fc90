#!/usr/bin/env bash
# Regenerates every icon file here from the two SVG sources:
#   pinpipe.svg        the icon, drawn for 48 px and up
#   pinpipe-small.svg  the same icon on a 16-pixel grid, for 16 and 32 px (sharp lines at small sizes)
# Outputs: pinpipe-<size>.png (the window icons, also jpackage's Linux icon), pinpipe.ico (Windows),
# pinpipe.icns (macOS). Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert, python3.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert python3; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick python3)" >&2; exit 1; }
done

render() { # size source output
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$2" --output "$3"
}

for size in 16 32; do render "$size" pinpipe-small.svg "pinpipe-$size.png"; done
for size in 48 64 128 256 512; do render "$size" pinpipe.svg "pinpipe-$size.png"; done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render 24 pinpipe-small.svg "$tmp/pinpipe-24.png"
render 1024 pinpipe.svg "$tmp/pinpipe-1024.png"

# Windows keeps one image per size; 256 px is stored as PNG inside the .ico, the rest as bitmaps.
convert pinpipe-16.png "$tmp/pinpipe-24.png" pinpipe-32.png pinpipe-48.png pinpipe-64.png \
  pinpipe-128.png pinpipe-256.png pinpipe.ico

python3 make-icns.py pinpipe.icns 16=pinpipe-16.png 32=pinpipe-32.png 64=pinpipe-64.png \
  128=pinpipe-128.png 256=pinpipe-256.png 512=pinpipe-512.png 1024="$tmp/pinpipe-1024.png"

echo "make-icons: wrote $(ls pinpipe-*.png pinpipe.ico pinpipe.icns | tr '\n' ' ')"
