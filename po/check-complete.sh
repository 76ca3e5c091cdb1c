#!/usr/bin/env bash
# check-complete.sh: every message of every translation is translated and none is fuzzy,
# so that no English is left in the app under LANGUAGE=nl or fr.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
dir=$(dirname "$0")
status=0
n=0
while read -r lang; do
  case "$lang" in '#'*|'') continue;; esac
  n=$((n + 1))
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$dir/$lang.po" 2>&1)
  if printf '%s' "$stats" | grep -qE 'fuzzy|untranslated'; then
    echo "not ok $n - $lang.po is complete # $stats"
    status=1
  else
    echo "ok $n - $lang.po is complete # $stats"
  fi
done < "$dir/LINGUAS"
echo "1..$n"
exit $status
