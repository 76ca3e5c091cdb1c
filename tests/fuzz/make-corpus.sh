#!/usr/bin/env bash
# make-corpus.sh: writes the seed corpora of corpus/<target>/ from the files the project
# ships (questionnaires, samples, test fixtures, hostile files). The tests use the
# committed corpora; run this again after the formats or the fixtures change.
# At most 60 files per target, none over 64 KiB.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")"
SRC=../..
FILES=$SRC/tests/files
MAX=60
SEPARATOR=$'\n@@@@\n'

rm -rf corpus
mkdir -p corpus/questionnaire corpus/assessment corpus/report corpus/merge

# seed TARGET FILE [NAME]: copies FILE when it is small enough and the target has room.
seed () {
  local dir=corpus/$1 file=$2 name=${3:-$(basename "$2")}
  [ "$(stat -c %s "$file")" -le 65536 ] || return 0
  [ "$(find "$dir" -type f | wc -l)" -lt "$MAX" ] || return 0
  cp "$file" "$dir/$name"
}

# The built-in questionnaire is too large for a seed: its first two domains, with
# the scales and stages.
python3 - "$SRC/questionnaires/livc-r.xml" corpus/questionnaire/livc-r-2-domains.xml <<'PY'
import sys
import xml.etree.ElementTree as ET
NS = "urn:livc-scan:questionnaire:1"
ET.register_namespace("", NS)
tree = ET.parse(sys.argv[1])
root = tree.getroot()
for domain in root.findall("{%s}domain" % NS)[2:]:
    root.remove(domain)
tree.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
PY
for f in "$FILES/scoring-q.xml" "$FILES/stress-q.xml" "$FILES/compare/scoring-q-1.3.xml" \
         "$FILES"/hostile/q-*.xml; do
  seed questionnaire "$f"
done

for f in "$SRC"/data/samples/*.xml "$FILES"/scoring-[ab].xml "$FILES/roundtrip.xml" \
         "$FILES"/merge/*.xml "$FILES/compare/testdorp-2027.xml"; do
  seed assessment "$f"
done
for f in "$FILES"/hostile/*.xml; do
  case "$(basename "$f")" in q-*) ;; *) seed assessment "$f";; esac
done

# The report target picks its language from the input's length modulo 4: each sample
# with 0 to 3 trailing newlines reaches every language.
for f in "$SRC"/data/samples/*.xml; do
  for pad in 0 1 2 3; do
    { cat "$f"; head -c "$pad" /dev/zero | tr '\0' '\n'; } \
      >"corpus/report/$(basename "$f" .xml)-$pad.xml"
  done
done
for f in bad-date.xml out-of-range-value.xml utf16.xml; do
  seed report "$FILES/hostile/$f"
done

# merge: two or three assessments joined by a "@@@@" line.
join_inputs () {
  local out=corpus/merge/$1 first=1
  shift
  : >"$out"
  for f in "$@"; do
    if [ $first = 0 ]; then printf '%s' "$SEPARATOR" >>"$out"; fi
    cat "$f" >>"$out"
    first=0
  done
}
M=$FILES/merge
S=$SRC/data/samples
join_inputs members.xml "$M/member-coordinator.xml" "$M/member-police.xml"
join_inputs teams.xml "$M/team-1.xml" "$M/team-2.xml"
join_inputs member-team.xml "$M/member-police.xml" "$M/team-1.xml"
join_inputs team-member.xml "$M/team-2.xml" "$M/member-coordinator.xml"
join_inputs three-members-teams.xml "$M/member-coordinator.xml" "$M/team-1.xml" "$M/team-2.xml"
join_inputs three-mixed.xml "$M/member-police.xml" "$M/member-coordinator.xml" "$M/team-2.xml"
join_inputs scoring.xml "$FILES/scoring-a.xml" "$FILES/scoring-b.xml"
join_inputs scoring-member.xml "$FILES/scoring-a.xml" "$M/member-police.xml"
join_inputs other-version.xml "$FILES/compare/testdorp-2027.xml" "$M/team-1.xml"
join_inputs towns.xml "$S/town-2024.xml" "$S/town-2026.xml"
join_inputs joint.xml "$S/joint-cell-individual.xml" "$S/starting-cell.xml" \
  "$S/brussels-bilingual.xml"
join_inputs other-questionnaire.xml "$S/active-unevaluated.xml" "$M/team-2.xml"
join_inputs same-twice.xml "$M/team-1.xml" "$M/team-1.xml"
join_inputs hostile.xml "$M/team-1.xml" "$FILES/hostile/duplicate-participant.xml"

for t in questionnaire assessment report merge; do
  echo "$t: $(find "corpus/$t" -type f | wc -l) seeds"
done
