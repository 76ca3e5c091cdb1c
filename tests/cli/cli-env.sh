# shellcheck shell=bash
# cli-env.sh: what every CLI test script sets up first, sourced by each: the CLI, the
# fixtures and the source tree from the environment meson gives, a private temporary
# folder removed at exit, empty data folders (no questionnaire found by chance), and
# LIVC_CLI_WRAP, which runs every call through a checker, e.g. valgrind with
# --error-exitcode=99: any memory error then shows up as a wrong exit status.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
CLI=${LIVC_SCAN_CLI:?}
FILES=${LIVC_TEST_FILES:?}
SRC=${LIVC_SOURCE_ROOT:?}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/none-home" XDG_DATA_DIRS="$TMP/none-dirs"
if [ -n "${LIVC_CLI_WRAP:-}" ]; then
  printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$LIVC_CLI_WRAP" "$CLI" >"$TMP/cli"
  chmod +x "$TMP/cli"
  CLI="$TMP/cli"
fi
# shellcheck source=tests/tap.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tap.sh"
