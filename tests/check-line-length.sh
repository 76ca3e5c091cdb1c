#!/usr/bin/env bash
# check-line-length.sh: no line of the sources in src/ and tests/ (C, headers, shell,
# Python, meson.build) is longer than 100 columns, counted in characters, not bytes; each
# longer line is named as FILE:LINE. Test data (tests/files, fuzz corpora) is not source.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

# Not checked yet, files or folders, while they are being rewritten: none now. A path
# added here is left out of the check until its long lines are rewrapped.
NOT_YET_CHECKED=(
)

MAX=100
SRC=${LIVC_SOURCE_ROOT:-$(dirname "$0")/..}
# shellcheck source=tests/tap.sh
. "$(dirname "$0")/tap.sh"
# In a UTF-8 locale grep's "." and bash's ${#line} count characters: "é" is one column.
export LC_ALL=C.UTF-8
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# long_lines FILE…: each line longer than MAX characters as FILE:LINE: N columns.
long_lines () {
  grep -HnE "^.{$((MAX + 1))}" "$@" | while IFS= read -r hit; do
    local where=${hit%%:*} rest=${hit#*:}
    local line=${rest%%:*} text=${rest#*:}
    echo "$where:$line: ${#text} columns"
  done
}

# The check itself counts characters: a line of 100 two-byte characters (200 bytes) is
# within the limit, one of 101 is not.
printf 'é%.0s' $(seq 100) >"$TMP/100.c"
printf 'é%.0s' $(seq 101) >"$TMP/101.c"
if [ -z "$(long_lines "$TMP/100.c")" ] && [ -n "$(long_lines "$TMP/101.c")" ]; then
  ok "lines are measured in characters, not bytes"
else
  not_ok "lines are measured in characters, not bytes" "$(long_lines "$TMP/100.c" "$TMP/101.c")"
fi

cd "$SRC" || exit 1
skip_args=(-path tests/files -prune -o -path 'tests/fuzz/corpus*' -prune -o
           -path tests/fuzz/regressions -prune -o)
# -path matches a folder or a file alike, relative to the root: "-path F -prune -o" leaves F
# out (with all it holds, for a folder). An entry gone from the tree is named, so that the
# list is emptied once its work has landed.
for path in "${NOT_YET_CHECKED[@]}"; do
  path=${path%/}
  if [ -e "$path" ]; then
    echo "# not checked yet: $path"
  else
    echo "# not checked yet: $path, which no longer exists: remove it from NOT_YET_CHECKED"
  fi
  skip_args+=(-path "$path" -prune -o)
done
find src tests "${skip_args[@]}" -type f \
  \( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name meson.build \) \
  -print | sort >"$TMP/files"
mapfile -t files <"$TMP/files"
if [ ${#files[@]} -eq 0 ]; then
  not_ok "sources are found in src/ and tests/" "none under $PWD"
else
  mapfile -t hits < <(long_lines "${files[@]}")
  if [ ${#hits[@]} -eq 0 ]; then
    ok "no line is longer than $MAX columns in ${#files[@]} sources"
  else
    not_ok "no line is longer than $MAX columns in ${#files[@]} sources" \
      "${#hits[@]} lines are longer:" "${hits[@]}"
  fi
fi
tap_done
