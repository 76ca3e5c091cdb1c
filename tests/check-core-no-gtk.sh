#!/usr/bin/env bash
# check-core-no-gtk.sh: the core library and the CLI never include GTK or libadwaita.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
SRC=${LIVC_SOURCE_ROOT:?}
# shellcheck source=tests/tap.sh
. "$(dirname "$0")/tap.sh"

hits=$(grep -nE '#\s*include\s*[<"](gtk|gdk|adwaita)' \
         "$SRC"/src/core/*.[ch] "$SRC"/src/cli/*.[ch] 2>/dev/null)
if [ -z "$hits" ]; then
  ok "no GTK header in src/core and src/cli"
else
  not_ok "no GTK header in src/core and src/cli"
  echo "$hits" | sed 's/^/# /'
fi
deps=$(grep -nE "gtk|adw" "$SRC"/src/core/meson.build "$SRC"/src/cli/meson.build)
if [ -z "$deps" ]; then
  ok "core and CLI do not depend on GTK"
else
  not_ok "core and CLI do not depend on GTK"
  echo "$deps" | sed 's/^/# /'
fi
tap_done
