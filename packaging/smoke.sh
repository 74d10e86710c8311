#!/usr/bin/env bash
# Build the bundle, then run its self-test offscreen and (when Xvfb is installed) on a real X
# display, and report the bundle's size. Exits non-zero if either self-test fails.
#
#     bash packaging/smoke.sh
#
# .ci/run runs it after the tests. Xvfb: apt-get install xvfb plus the xcb libraries named in
# packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

python packaging/build.py
studio=dist/studio/studio

echo "== self-test, offscreen"
QT_QPA_PLATFORM=offscreen "$studio" --self-test

if command -v Xvfb >/dev/null; then
  echo "== self-test, under Xvfb"
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  env -u QT_QPA_PLATFORM DISPLAY=:97 "$studio" --self-test
else
  echo "== Xvfb is not installed: the X11 self-test was skipped"
fi

echo "== bundle size: $(du -sh dist/studio | cut -f1)"
