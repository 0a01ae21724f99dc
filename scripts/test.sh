#!/usr/bin/env bash
# The test suite: unit and integration tests on real SQLite files, then a check that data/
# is exactly what the generator writes (so the demo data can always be made again). The demo runs first:
# the browser test serves its database (out/demo.sqlite) to headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh chromium
log="${TMPDIR:-/tmp}/jejak-build.log"
if ! swift build --build-tests >"$log" 2>&1; then
  grep -E "error:" "$log" || tail -20 "$log"
  echo "The build failed (full log: $log)."; exit 1
fi
echo "Build complete. Running the demo (log: ${TMPDIR:-/tmp}/jejak-demo.log) …"
bash scripts/demo.sh >"${TMPDIR:-/tmp}/jejak-demo.log" 2>&1 || { tail -20 "${TMPDIR:-/tmp}/jejak-demo.log"; echo "The demo failed."; exit 1; }
swift test 2>&1 | tee "${TMPDIR:-/tmp}/jejak-test.log" | grep -vE "^(◇|􀟈)| started\.$" || true
grep -qE "Test run with [0-9]+ tests? .*passed" "${TMPDIR:-/tmp}/jejak-test.log" || { echo "swift test failed"; exit 1; }
generated=$(mktemp -d)
"$(swift build --show-bin-path)/jejak-demo-data" --out "$generated" >/dev/null
diff -r "$generated" data >/dev/null || { echo "data/ differs from what Sources/DemoData writes: run 'swift run jejak-demo-data' and commit"; exit 1; }
echo "data/ matches the generator."
