#!/usr/bin/env bash
# npm run preview:report — renders the SAMPLE's year-end report (.docx) to PDF and PNG pages with
# Debian's LibreOffice and poppler-utils (installed when missing), so a person can look at the layout:
#   out/preview/bao-cao-tong-ket-mau.docx, .pdf, page-1.png, page-2.png …
# Not part of `npm test`. LibreOffice shows Times New Roman as Liberation Serif (same metrics).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=out/preview
DOCX="$OUT/bao-cao-tong-ket-mau.docx"
mkdir -p "$OUT"

# 1. The .docx: through the CLI's `report` command when it exists, else through scripts/preview-report.ts.
if npm run --silent build >"$OUT/build.log" 2>&1 && node dist-node/cli.js help 2>/dev/null | grep -qE '^\s*report\b'; then
  [ -f samples/cao-an-2023-mau.xlsx ] || node dist-node/cli.js template --sample -o samples/cao-an-2023-mau.xlsx
  node dist-node/cli.js report samples/cao-an-2023-mau.xlsx -o "$DOCX" --force
else
  echo "(the CLI has no 'report' command here; see $OUT/build.log) — using scripts/preview-report.ts"
  npx esbuild scripts/preview-report.ts --bundle --platform=node --format=cjs --target=node20 \
    --packages=external --log-level=warning --outfile=dist-node/preview-report.js
  node dist-node/preview-report.js "$DOCX"
fi

# 2. Tools, installed once.
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Liberation Serif' || need+=(fonts-liberation)
if ((${#need[@]})); then
  echo "Installing ${need[*]} (a few minutes the first time)…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 3. PDF, then one PNG per page.
soffice -env:UserInstallation=file:///tmp/cchc-lo-profile --headless --convert-to pdf --outdir "$OUT" "$DOCX" >/dev/null
PDF="${DOCX%.docx}.pdf"
rm -f "$OUT"/page-*.png
pdftoppm -png -r 80 "$PDF" "$OUT/page"
echo "Xem trang 1: $(ls "$OUT"/page-*1.png | head -1)  ($(ls "$OUT"/page-*.png | wc -l) trang, PDF: $PDF)"
