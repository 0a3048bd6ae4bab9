#!/usr/bin/env bash
# npm run preview:report — renders every report kind of the SAMPLE (.docx through the CLI) to PDF and
# PNG pages with LibreOffice and poppler-utils, so a person can look at each page:
#   out/preview/<kind>/bao-cao.docx, bao-cao.pdf, page-1.png, page-2.png …
# kinds: year (tổng kết), q1, h1, 9m (định kỳ), inspection (tự kiểm tra).
# Installs nothing: when a tool is missing it prints what to install and stops.
# Not part of `npm test`. LibreOffice shows Times New Roman as Liberation Serif (same metrics).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=out/preview
mkdir -p "$OUT"

# 1. Tools. `grep -q` stops reading at its first match and closes the pipe, so under pipefail
#    `fc-list | grep -q` fails with SIGPIPE even when the font is there: read the list first.
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fonts="$(fc-list 2>/dev/null || true)"
grep -qi 'Liberation Serif' <<<"$fonts" || need+=(fonts-liberation)
if ((${#need[@]})); then
  echo "Thiếu công cụ để xem trước báo cáo. Cài (Debian/Ubuntu) rồi chạy lại:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi

# 2. The .docx of each kind, through the CLI.
npm run --silent build >"$OUT/build.log" 2>&1 || { echo "Build lỗi, xem $OUT/build.log" >&2; exit 1; }
SAMPLE=samples/cao-an-2023-mau.xlsx
[ -f "$SAMPLE" ] || node dist-node/cli.js template --sample -o "$SAMPLE"
for kind in year q1 h1 9m inspection; do
  dir="$OUT/$kind"
  mkdir -p "$dir"
  rm -f "$dir"/page-*.png
  if [ "$kind" = inspection ]; then
    node dist-node/cli.js inspection-report "$SAMPLE" -o "$dir/bao-cao.docx" --force 2>"$dir/warnings.txt"
  else
    node dist-node/cli.js report "$SAMPLE" --period "$kind" -o "$dir/bao-cao.docx" --force 2>"$dir/warnings.txt"
  fi
  # 3. PDF, then one PNG per page.
  soffice -env:UserInstallation=file:///tmp/cchc-lo-profile --headless --convert-to pdf --outdir "$dir" "$dir/bao-cao.docx" >/dev/null
  pdftoppm -png -r 80 "$dir/bao-cao.pdf" "$dir/page"
  pages=("$dir"/page-*.png)
  echo "$kind: ${#pages[@]} trang — $dir/ (trang 1: ${pages[0]})"
done
