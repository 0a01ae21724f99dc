#!/usr/bin/env bash
# The main job, end to end, on the embedded SQLite default: builds Jejak, then runs the whole chain on data/:
# registration, a withdrawal, attendance and graduation, campaigns and Insights, a survey wave, the replies
# from chat exports, employment rates, the funnel and the periodic impact report (out/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "Building jejak …"
log="${TMPDIR:-/tmp}/jejak-demo-build.log"
if ! swift build --product jejak >"$log" 2>&1; then
  grep -E "error:" "$log" || tail -20 "$log"
  echo "The build failed (full log: $log)."; exit 1
fi
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

step "Campaigns that announced the classes (data/campaigns.csv) and their Instagram Insights"
tail -n +2 data/campaigns.csv | while IFS=, read -r code name channel start end classes approach cost typed_reach; do
  jejak campaigns add "$code" --name "$name" --channel "$channel" --start "$start" --end "$end" --classes "$classes" \
        --approach "$approach" ${cost:+--cost "$cost"} >/dev/null
  if [ -n "$typed_reach" ]; then jejak campaigns outputs "$code" --reach "$typed_reach" >/dev/null; fi
done
jejak campaigns list | tail -n +2 | wc -l | xargs echo "campaigns added:"
jejak campaigns import-insights data/insights/instagram-content.csv

step "Survey messages for the 6-month wave, ready for WhatsApp broadcast tools"
jejak survey export --wave 6 --channel whatsapp --out out/survey

step "Replies read back from chat exports (data/chats: WhatsApp groups and one-to-one chats, Telegram, Instagram DMs)"
jejak survey ingest data/chats
step "Ingesting the same exports again adds nothing"
jejak survey ingest data/chats --format json | grep -E '"(new_messages|skipped_duplicates|answers)"'

step "What staff still need to read"
jejak review list > out/review.txt
head -12 out/review.txt
echo "… $(grep -c '^#' out/review.txt) items in all: see out/review.txt"

step "Classes"
jejak classes list
step "One class in detail"
jejak classes show BAR-2025-01 > out/class.txt
head -12 out/class.txt
step "One person's history (the withdrawal)"
jejak trainees show "$(tail -n +2 data/withdrawals.csv | head -1 | cut -d, -f2)"

step "Employment 6 months after graduation, by programme (suppressed as for officials)"
jejak rates --by program --wave 6
step "By recruiting channel, and the funnel from reach to work"
jejak rates --by channel --wave 6
jejak funnel --by channel

step "The periodic impact report"
jejak report --period 2025 --format html --out out/laporan-2025.html
jejak report --period 2025 --format md --out out/laporan-2025.md
jejak report --period 2025 --format csv --out out/laporan-2025-csv
jejak report --period 2025 --lang en --format html --out out/report-2025-en.html
bin="$(swift build --show-bin-path)/jejak"
printf '\nDone. Open out/laporan-2025.html in a browser. The demo database is %s; try: JEJAK_DB=%s %s --help\n' "$JEJAK_DB" "$JEJAK_DB" "$bin"
printf '\nTo read it in a browser:\n  export JEJAK_DB=%s\n  %s users add siti.disnaker --role official   # prints an API token\n  %s users password siti.disnaker\n  %s serve   # then open http://127.0.0.1:8080\n' "$JEJAK_DB" "$bin" "$bin" "$bin"
