#!/usr/bin/env bash
# The main job, end to end, on the embedded SQLite default: builds Jejak, then builds a demo
# database from data/ (programmes, classes, registration exports, a withdrawal, attendance, graduation).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "Building jejak …"
swift build --product jejak 2>&1 | grep -E "error|warning: unre|Compiling CLI|Build complete" || true
jejak() { "$(swift build --show-bin-path)/jejak" "$@"; }

export JEJAK_DB="${JEJAK_DB:-out/demo.sqlite}"
mkdir -p "$(dirname "$JEJAK_DB")"
rm -f "$JEJAK_DB" "$JEJAK_DB-wal" "$JEJAK_DB-shm"

step() { printf '\n== %s\n' "$*"; }
step "Database $JEJAK_DB"
jejak init

step "Programmes and classes (data/classes.csv)"
tail -n +2 data/classes.csv | while IFS=, read -r program name sector class year quota opens starts ends; do
  jejak programs list | cut -f1 | grep -qx "$program" || jejak programs add "$program" --name "$name" --sector "$sector"
  jejak classes add "$class" --program "$program" --quota "$quota" --year "$year" --opens "$opens" --starts "$starts" --ends "$ends"
done

step "Registration exports (data/registrations/*.csv), oldest class first"
tail -n +2 data/classes.csv | cut -d, -f4 | while read -r class; do
  echo "-- $class"
  jejak register import "data/registrations/$class.csv" --class "$class"
done

step "Importing the same export again changes nothing"
jejak register import data/registrations/BAR-2025-01.csv --class BAR-2025-01

step "A withdrawal frees a seat for the waitlist (data/withdrawals.csv)"
tail -n +2 data/withdrawals.csv | while IFS=, read -r class nik date reason; do
  jejak withdraw "$nik" --class "$class" --date "$date" --reason "$reason"
done

step "Attendance on the first day, graduation on the last"
tail -n +2 data/classes.csv | while IFS=, read -r program name sector class year quota opens starts ends; do
  jejak enroll --class "$class" --all-accepted --others-no-show --date "$starts"
  jejak graduate --class "$class" --all-enrolled --date "$ends"
done

step "Classes"
jejak classes list
step "One class in detail"
jejak classes show BAR-2025-01
step "One person's history (the withdrawal)"
jejak trainees show "$(tail -n +2 data/withdrawals.csv | head -1 | cut -d, -f2)"
printf '\nDone. The demo database is %s; try: JEJAK_DB=%s %s --help\n' "$JEJAK_DB" "$JEJAK_DB" "$(swift build --show-bin-path)/jejak"
