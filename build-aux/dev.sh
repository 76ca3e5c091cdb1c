#!/usr/bin/env bash
# dev.sh: sets up a Debian 12 machine for LIVC Scan, builds it, and then starts the app
# ("run") or runs every test suite, under valgrind and sanitizers too ("test").
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  meson ninja-build pkg-config gcc clang libclang-rt-14-dev gettext
  libglib2.0-dev libglib2.0-bin libxml2-dev libxml2-utils
  libcairo2-dev libpango1.0-dev libgtk-4-dev libadwaita-1-dev
  libcmocka-dev valgrind xvfb xauth xdotool strace
  desktop-file-utils appstream fonts-dejavu-core qpdf poppler-utils mupdf-tools file
  libsoup-3.0-dev libsodium-dev libqrencode-dev libjson-glib-dev node-tweetnacl
  chromium chromium-driver python3-selenium tcpdump
  dbus-daemon at-spi2-core gir1.2-atspi-2.0 python3-gi
  libgsf-1-dev libxlsxwriter-dev libreoffice-calc-nogui
  locales
)

# The CLI test writes every output under Belgian decimal-comma locales and under Turkish
# case rules and compares it with C.UTF-8: those locales must exist.
LOCALES=(nl_BE.UTF-8 fr_BE.UTF-8 tr_TR.UTF-8)

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages () {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  generate_locales
}

generate_locales () {
  local l missing=0
  for l in "${LOCALES[@]}"; do
    if ! locale -a 2>/dev/null | grep -qix "${l/UTF-8/utf8}"; then
      missing=1
      grep -qx "$l UTF-8" /etc/locale.gen 2>/dev/null ||
        echo "$l UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
    fi
  done
  if [ "$missing" -eq 1 ]; then
    echo "Generating locales: ${LOCALES[*]}"
    as_root locale-gen
  fi
}

# build DIR [meson options…]: configures once, then builds.
build () {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@"
  fi
  ninja -C "$dir"
}

uninstalled_env () {
  export LIVC_SCAN_LOCALEDIR="$PWD/_build/po"
  if [ -d "$PWD/_build/data" ]; then export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"; fi
}

cmd=${1:-}
case "$cmd" in
  run)
    install_packages
    build _build
    uninstalled_env
    shift
    exec _build/src/gui/livc-scan "$@"
    ;;
  test)
    install_packages
    # 1. Everything, with warnings as errors (gcc).
    build _build -Dwerror=true
    meson test -C _build --print-errorlogs --num-processes 2
    # 2. The core under valgrind: memory errors and definite leaks fail.
    meson test -C _build --suite core --print-errorlogs --num-processes 2 \
      --wrap="valgrind --quiet --error-exitcode=1 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$PWD/tests/valgrind.supp"
    #    And every CLI call of the CLI suite under valgrind.
    LIVC_CLI_WRAP="valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$PWD/tests/valgrind.supp" \
      meson test -C _build --suite cli --print-errorlogs --timeout-multiplier 4
    # 3. Under AddressSanitizer and UndefinedBehaviorSanitizer (clang, so that clang's
    #    warnings fail the build too): core, CLI, data, fault injection and privacy with
    #    leak detection; then the desktop app (gui suite, 20 kill runs) without it: GTK,
    #    GLib's type system and fontconfig keep process-wide caches they never free, and a
    #    killed app never reaches the leak check (tests/lsan.supp). Memory errors and
    #    undefined behaviour fail everywhere. ASan's runtime is linked into each program,
    #    so the fault library preloaded before it needs no verify_asan_link_order=0.
    if [ -f _build-asan/build.ninja ]; then meson configure _build-asan -Dgui=true; fi
    CC=clang build _build-asan -Dwerror=true -Dgui=true -Db_sanitize=address,undefined -Db_lundef=false
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      meson test -C _build-asan --suite core --suite cli --suite data --suite faults --print-errorlogs --num-processes 2
    #    (ASan slows drawing several times: the compare test's bound on main-loop gaps is
    #    for the optimised build of stage 1.)
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 LIVC_KILL_RUNS=20 LIVC_MAX_GAP_MS=2000 \
      meson test -C _build-asan --suite gui --suite kill --print-errorlogs --timeout-multiplier 3
    #    The fault injection under valgrind too: the error paths only faults reach.
    LIVC_CLI_WRAP="valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$PWD/tests/valgrind.supp" \
      meson test -C _build --suite faults --no-suite privacy --print-errorlogs --timeout-multiplier 4
    # 4. The libFuzzer targets (tests/fuzz): each fuzzed briefly, then its committed corpus
    #    and regression inputs replayed; executions per target are printed.
    CC=clang build _build-fuzz -Dwerror=true -Dgui=false -Dfuzzing=true -Db_lundef=false
    meson test -C _build-fuzz --suite fuzz --print-errorlogs --num-processes 2
    grep -h 'executions in\|stat::number_of_executed_units' _build-fuzz/meson-logs/testlog.txt || true
    echo "All test suites passed."
    ;;
  *)
    echo "Usage: $0 run|test" >&2
    echo "  run   install what is missing, build, and start LIVC Scan" >&2
    echo "  test  install what is missing, build, and run every test suite" >&2
    exit 2
    ;;
esac
