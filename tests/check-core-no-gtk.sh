#!/usr/bin/env bash
# check-core-no-gtk.sh: the core library and the CLI never include GTK or libadwaita.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
SRC=${LIVC_SOURCE_ROOT:?}
hits=$(grep -nE '#\s*include\s*[<"](gtk|gdk|adwaita)' "$SRC"/src/core/*.[ch] "$SRC"/src/cli/*.[ch] 2>/dev/null)
if [ -z "$hits" ]; then
  echo "ok 1 - no GTK header in src/core and src/cli"
else
  echo "not ok 1 - no GTK header in src/core and src/cli"
  echo "$hits" | sed 's/^/# /'
fi
deps=$(grep -nE "gtk|adw" "$SRC"/src/core/meson.build "$SRC"/src/cli/meson.build)
if [ -z "$deps" ]; then echo "ok 2 - core and CLI do not depend on GTK"; else echo "not ok 2 - core and CLI do not depend on GTK"; echo "$deps" | sed 's/^/# /'; fi
echo "1..2"
[ -z "$hits" ] && [ -z "$deps" ]
