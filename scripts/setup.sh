#!/usr/bin/env bash
# Installs the Debian packages Jejak builds against, when they are missing, and any given as arguments
# (the tests add chromium, the browser they lay the report out in). Safe to run again.
set -euo pipefail
needed=()
for pkg in libsqlite3-dev libcurl4-openssl-dev zlib1g-dev "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || needed+=("$pkg")
done
if [ ${#needed[@]} -gt 0 ]; then
  echo "Installing ${needed[*]} …"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6.2 or newer (https://swift.org/install)"; exit 1; }
