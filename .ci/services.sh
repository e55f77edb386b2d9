#!/usr/bin/env bash
# Starts the local PostgreSQL and MariaDB the integration tests use, if they are down, and
# installs the Debian packages the tests need. Safe to run again.
set -euo pipefail

need_apt=()
command -v rg >/dev/null || need_apt+=(ripgrep)
# Browser tests drive Debian's Chromium (never a browser a test tool downloads); the CJK font
# makes the Chinese pages render in screenshots.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need_apt+=(fonts-noto-cjk)
# pdftoppm / pdftotext: the risk assessment PDF tests render and read the report.
command -v pdftoppm >/dev/null || need_apt+=(poppler-utils)
if ((${#need_apt[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq "${need_apt[@]}" >/dev/null || echo "warning: could not install ${need_apt[*]}"
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
if ! mariadb-admin -h 127.0.0.1 -uroot ping >/dev/null 2>&1; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
for _ in $(seq 1 60); do
  if pg_isready -h 127.0.0.1 -p 5432 -q && mariadb-admin -h 127.0.0.1 -uroot ping >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
echo "error: PostgreSQL or MariaDB did not start" >&2
exit 1
