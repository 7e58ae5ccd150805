#!/usr/bin/env bash
# Fetches the upstream sources of the font data files and regenerates them.
# Needs npm, apt-get (Debian) and python3. Run from anywhere; writes into Resources/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir pdfkit pdfjs aglfn
# Adobe Core14 AFM files, as shipped in js/data/ of the pdfkit npm package.
npm pack --silent pdfkit@0.20.2 >/dev/null && tar xzf pdfkit-*.tgz -C pdfkit
# MacExpertEncoding table of pdf.js.
npm pack --silent pdfjs-dist@5.6.205 >/dev/null && tar xzf pdfjs-dist-*.tgz -C pdfjs
# Adobe Glyph List (glyphlist.txt, zapfdingbats.txt, aglfn.txt) of Debian's aglfn package.
apt-get download aglfn >/dev/null 2>&1 && dpkg-deb -x aglfn_*.deb aglfn
python3 "$here/generate.py" "$work" "$here/.."
