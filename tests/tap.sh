# shellcheck shell=bash
# tap.sh: the Test Anything Protocol output of the shell test scripts, sourced by each
# (meson reads it with protocol: 'tap'): numbered results, diagnostics, the plan at the end.
# SPDX-License-Identifier: GPL-3.0-or-later
n=0
failed=0

# ok DESCRIPTION: a test that passed.
ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

# not_ok DESCRIPTION [DIAGNOSTIC…]: a test that failed; each diagnostic follows as a comment.
not_ok () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  shift
  for line in "$@"; do echo "# $line"; done
}

# skip DESCRIPTION REASON: a test that cannot run here, and why.
skip () {
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

# tap_done: the plan, then exits failing if any test failed. The plan comes last because
# the scripts only know how many tests they ran once they have run them.
tap_done () {
  echo "1..$n"
  exit $((failed > 0))
}
