#!/usr/bin/env bash
# Sourced by test.sh: installs what the report tests need beside .NET, each only when it is missing —
# Debian's chromium (PDF printing and axe-core), Java (the Nu Html Checker), poppler-utils (pdfinfo,
# pdftotext), LibreOffice Writer and Calc without their GUI (DOCX and XLSX read back), the Liberation fonts (metric twins of
# Arial, Times and Courier for documents that name them) — and vnu.jar from npm in tests/tools.
# Afterwards HALLBAR_CHROMIUM and HALLBAR_VNU_JAR name the browser and the checker.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

export HALLBAR_CHROMIUM="${HALLBAR_CHROMIUM:-/usr/bin/chromium}"
report_packages=()
[ -x "$HALLBAR_CHROMIUM" ] || report_packages+=(chromium)
command -v java >/dev/null || report_packages+=(default-jre-headless)
{ command -v pdfinfo && command -v pdftotext; } >/dev/null || report_packages+=(poppler-utils)
{ command -v libreoffice || command -v soffice; } >/dev/null || report_packages+=(libreoffice-writer-nogui)
# Calc opens the XLSX report; Writer alone refuses a workbook.
{ installed libreoffice-calc-nogui || installed libreoffice-calc; } || report_packages+=(libreoffice-calc-nogui)
installed fonts-dejavu-core || report_packages+=(fonts-dejavu-core)
installed fonts-liberation2 || report_packages+=(fonts-liberation2)
if [ ${#report_packages[@]} -gt 0 ]; then
  echo "test.sh: installing ${report_packages[*]} from Debian's packages" >&2
  started=$SECONDS
  as_root apt-get update -qq
  # Recommends would add about 100 packages (GTK themes, LibreOffice's Java bridge, sound) that no test uses.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${report_packages[@]}" >/dev/null
  echo "test.sh: installed in $((SECONDS - started)) s" >&2
fi

# vnu.jar comes in an npm package; its install script would download a Java runtime, which Debian's replaces.
tools=tests/tools
if [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  if ! command -v npm >/dev/null; then
    echo "test.sh: installing npm from Debian's packages" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 npm >/dev/null
  fi
  echo "test.sh: npm ci in $tools (the Nu Html Checker)" >&2
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
export HALLBAR_VNU_JAR="$PWD/$tools/node_modules/vnu-jar/build/dist/vnu.jar"
