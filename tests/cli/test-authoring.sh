#!/usr/bin/env bash
# test-authoring.sh: questionnaire export, import and install as coaches use them: the
# built-in questionnaire and the fixtures out to ODS and XLSX and back without a change,
# hostile spreadsheets refused with FILE:SHEET!CELL, installed questionnaires found by the
# catalog, and the XLSX limits refused rather than cut.
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck source=tests/cli/cli-env.sh
. "$(dirname "$0")/cli-env.sh"
MAKE_SHEET="$(dirname "$0")/make-sheet.py"

same () {
  if cmp -s "$2" "$3"; then ok "$1"; else not_ok "$1" "$(diff "$2" "$3" | head -5)"; fi
}

# Usage
check_status "questionnaire --help" 0 "$CLI" questionnaire --help
contains "questionnaire --help names import" "$TMP/out" "import"
check_status "questionnaire without a subcommand is a usage error" 2 "$CLI" questionnaire
check_status "questionnaire export --help" 0 "$CLI" questionnaire export --help
check_status "export without -o is a usage error" 2 \
  "$CLI" questionnaire export "$SRC/questionnaires/livc-r.xml"
check_status "export to a CSV is a usage error" 2 \
  "$CLI" questionnaire export "$SRC/questionnaires/livc-r.xml" -o "$TMP/q.csv"
contains "export to a CSV says why" "$TMP/err" "several sheets"
check_status "import of two files is a usage error" 2 \
  "$CLI" questionnaire import "$TMP/a.ods" "$TMP/b.ods" -o "$TMP/q.xml"
check_status "install --help" 0 "$CLI" questionnaire install --help

# Round trips: out, in, valid, and the second round's XML the same as the first's.
round_trip () {
  local name=$1 q=$2 ext
  for ext in ods xlsx; do
    check_status "$name: export to .$ext" 0 "$CLI" questionnaire export "$q" -o "$TMP/$name.$ext"
    check_status "$name: import from .$ext" 0 \
      "$CLI" questionnaire import "$TMP/$name.$ext" -o "$TMP/$name-$ext.xml"
    check_status "$name: the imported .$ext validates" 0 "$CLI" validate "$TMP/$name-$ext.xml"
    "$CLI" questionnaire export "$TMP/$name-$ext.xml" -o "$TMP/$name-2.$ext" 2>/dev/null
    "$CLI" questionnaire import "$TMP/$name-2.$ext" -o "$TMP/$name-2-$ext.xml" 2>/dev/null
    same "$name: a second round through .$ext gives the same XML" \
      "$TMP/$name-$ext.xml" "$TMP/$name-2-$ext.xml"
  done
  same "$name: ODS and XLSX give the same XML" "$TMP/$name-ods.xml" "$TMP/$name-xlsx.xml"
}
round_trip builtin "$SRC/questionnaires/livc-r.xml"
round_trip scoring "$FILES/scoring-q.xml"
round_trip stress "$FILES/stress-q.xml"
round_trip compare "$FILES/compare/scoring-q-1.3.xml"
# The imported questionnaire scores an assessment exactly as the original.
"$CLI" score "$FILES/scoring-a.xml" -q "$FILES/scoring-q.xml" --format csv >"$TMP/score-a" 2>&1
"$CLI" score "$FILES/scoring-a.xml" -q "$TMP/scoring-xlsx.xml" --format csv >"$TMP/score-b" 2>&1
same "the imported questionnaire gives the same scores" "$TMP/score-a" "$TMP/score-b"

# Spreadsheets written by hand: a good one, then one fault each.
cat >"$TMP/base.json" <<'JSON'
{"sheets": [
 ["questionnaire", [["id", "version", "source-lang", "title.nl", "title.fr", "title.en"],
                    ["coach", "1", "nl", "Coachvragen", "Questions du coach", "Coach questions"]]],
 ["levels", [["scale", "value", "label.nl", "label.fr", "label.en"],
             ["yesno", 0, "Nee", "Non", "No"], ["yesno", 1, "Ja", "Oui", "Yes"]]],
 ["stages", [["id", "min", "label.nl", "label.fr", "label.en"],
             ["low", 0, "Laag", "Bas", "Low"], ["high", 50, "Hoog", "Haut", "High"]]],
 ["domains", [["id", "weight", "title.nl", "title.fr", "title.en"],
              ["plan", 1, "Plan", "Plan", "Plan"]]],
 ["items", [["domain", "number", "id", "scale", "weight", "basis", "references",
             "text.nl", "text.fr", "text.en"],
            ["plan", "1.1", "plan.written", "yesno", 2, "legal", "Wet 30.07.2018",
             "Er is een plan.", "Il y a un plan.", "There is a plan."],
            ["plan", "1.2", "plan.shared", "yesno", 1, "practice", null,
             "Het plan is gedeeld.", "Le plan est partagé.", "The plan is shared."]]],
 ["recommendations", [["domain", "min", "max", "item", "below", "text.nl", "text.fr", "text.en"],
                      ["plan", 0, 49.99, null, null, "Maak een plan.", "Faites un plan.",
                       "Make a plan."],
                      ["plan", null, null, "plan.written", 1, "Schrijf het op.", "Écrivez-le.",
                       "Write it down."]]]
]}
JSON
# variant NAME PYTHON: base.json changed by PYTHON (d the spec, S its sheets by name).
variant () {
  python3 - "$TMP/base.json" "$TMP/$1.json" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
S = {name: rows for name, rows in d['sheets']}
exec(sys.argv[3])
json.dump(d, open(sys.argv[2], 'w', encoding='utf-8'))
PY
}
variant good 'pass'
variant missing 'd["sheets"][4][0] = "things"'
variant domain 'S["items"][2][0] = "nowhere"'
variant number 'S["items"][1][4] = "heavy"'
variant formula 'S["items"][1][4] = {"formula": "of:=1+1"}'
variant merged 'S["domains"][1][2] = {"merged": "Plan"}'
variant rows 'S["items"].append(["plan", "9", "plan.x", "yesno", 1, "practice", None,
                                 "x", "x", "x", {"repeat": 10000}])'
variant duplicate 'S["items"][2][2] = "plan.written"'
variant column 'S["items"][0][7] = "txet.nl"'
variant bomb 'd["bomb"] = "content.xml"'
variant bomb-xlsx 'd["bomb"] = "xl/worksheets/sheet1.xml"'
DTD='<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'
variant dtd "d['raw'] = {'content.xml': '$DTD'}"
variant dtd-xlsx "d['raw'] = {'xl/workbook.xml': '$DTD'}"

refused () {
  local desc=$1 file=$2 text=$3
  check_status "$desc is refused" 1 "$CLI" questionnaire import "$file" -o "$TMP/kept.xml"
  contains "$desc: $text" "$TMP/err" "$text"
  if [ "$(cat "$TMP/kept.xml")" = "kept" ]; then
    ok "$desc: the output is left as it was"
  else
    not_ok "$desc: the output is left as it was"
  fi
}
echo kept >"$TMP/kept.xml"
for ext in ods xlsx; do
  for v in good missing domain number formula merged rows duplicate column; do
    python3 "$MAKE_SHEET" "$TMP/$v.$ext" "$TMP/$v.json"
  done
  f="$TMP/good.$ext"
  check_status "a hand-written .$ext imports" 0 "$CLI" questionnaire import "$f" -o "$TMP/good.xml"
  check_status "the hand-written .$ext validates" 0 "$CLI" validate "$TMP/good.xml"
  contains "its legal item keeps its reference" "$TMP/good.xml" \
    "<reference>Wet 30.07.2018</reference>"
  contains "its band recommendation keeps its bounds" "$TMP/good.xml" 'min="0" max="49.99"'
  f="$TMP/missing.$ext"
  refused "a missing sheet (.$ext)" "$f" "$f: the sheet “items” is missing"
  f="$TMP/domain.$ext"
  refused "an unknown domain (.$ext)" "$f" \
    "$f:items!A3: the domain “nowhere” is not on the sheet “domains”"
  f="$TMP/number.$ext"
  refused "a weight that is no number (.$ext)" "$f" "$f:items!E2: “heavy” is no number"
  f="$TMP/formula.$ext"
  refused "a formula (.$ext)" "$f" "$f:items!E2: a formula"
  f="$TMP/merged.$ext"
  refused "merged cells (.$ext)" "$f" "$f:domains!C2: merged cells"
  f="$TMP/duplicate.$ext"
  refused "a duplicate item id (.$ext)" "$f" "$f:items!A3: "
  f="$TMP/column.$ext"
  refused "an unknown column (.$ext)" "$f" "$f:items!H1: unknown column “txet.nl”"
done
f="$TMP/rows.ods"
refused "10,000 rows (.ods, one repeated row)" "$f" "$f:items!A2502: more than 2500 rows"
f="$TMP/rows.xlsx"
refused "10,000 rows (.xlsx)" "$f" "$f ("
python3 "$MAKE_SHEET" "$TMP/bomb.ods" "$TMP/bomb.json"
python3 "$MAKE_SHEET" "$TMP/bomb.xlsx" "$TMP/bomb-xlsx.json"
python3 "$MAKE_SHEET" "$TMP/dtd.ods" "$TMP/dtd.json"
python3 "$MAKE_SHEET" "$TMP/dtd.xlsx" "$TMP/dtd-xlsx.json"
refused "a zip bomb (.ods)" "$TMP/bomb.ods" "unpacks to more than 16 MiB"
refused "a zip bomb (.xlsx)" "$TMP/bomb.xlsx" "unpacks to more than 16 MiB"
refused "entities in the package (.ods)" "$TMP/dtd.ods" \
  "$TMP/dtd.ods (content.xml):2: document type declarations (DTD) are not allowed"
refused "entities in the package (.xlsx)" "$TMP/dtd.xlsx" \
  "$TMP/dtd.xlsx (xl/workbook.xml):2: document type declarations (DTD) are not allowed"
echo "not a zip" >"$TMP/text.ods"
refused "a text file named .ods" "$TMP/text.ods" "$TMP/text.ods: this is no OpenDocument"
mkfifo "$TMP/fifo.ods"
refused "a pipe" "$TMP/fifo.ods" "this is not a regular file"

# install: into XDG_DATA_HOME, where the catalog and the app look.
HOME_DIR="$TMP/home"
installed="$HOME_DIR/livc-scan/questionnaires/scoring-1.2.xml"
check_status "install a questionnaire" 0 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install "$FILES/scoring-q.xml"
contains "install prints where it went" "$TMP/out" "$installed"
same "the installed copy is the file" "$FILES/scoring-q.xml" "$installed"
check_status "questionnaires lists it" 0 env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaires
contains "questionnaires lists it with id, version and location" "$TMP/out" \
  "$(printf 'scoring\t1.2\tScoring test\t%s' "$installed")"
check_status "an assessment of it scores without --questionnaire" 0 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" score "$FILES/scoring-a.xml" --format csv
check_status "installing the same version again is refused" 1 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install "$FILES/scoring-q.xml"
contains "and says --force replaces it" "$TMP/err" "--force"
check_status "--force replaces it" 0 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install --force "$FILES/scoring-q.xml"
check_status "a copy of the built-in questionnaire is refused" 1 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install "$SRC/questionnaires/livc-r.xml"
contains "and says the built-in one comes first" "$TMP/err" "comes first"
check_status "an invalid questionnaire is refused" 1 \
  env XDG_DATA_HOME="$TMP/home-2" "$CLI" questionnaire install "$FILES/hostile/q-no-domain.xml"
if [ ! -e "$TMP/home-2/livc-scan/questionnaires" ] ||
   [ -z "$(ls -A "$TMP/home-2/livc-scan/questionnaires")" ]; then
  ok "nothing is installed from an invalid questionnaire"
else
  not_ok "nothing is installed from an invalid questionnaire"
fi
check_status "an authoring spreadsheet installs as XML" 0 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install "$TMP/good.ods"
same "the installed XML is the import's" "$TMP/good.xml" \
  "$HOME_DIR/livc-scan/questionnaires/coach-1.xml"
check_status "a faulty spreadsheet does not install" 1 \
  env XDG_DATA_HOME="$HOME_DIR" "$CLI" questionnaire install "$TMP/domain.xlsx"
contains "and names its cell" "$TMP/err" "$TMP/domain.xlsx:items!A3:"

# The XLSX limits: a note of 40,000 characters cannot be held in an XLSX cell; the export
# is refused, never cut, and the ODS and CSV keep it whole.
python3 - "$TMP/long.xml" <<'PY'
import sys
open(sys.argv[1], 'w').write(
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" '
    'questionnaire-version="1.2"><municipality nis="99001">Testdorp</municipality>'
    '<date>2026-11-21</date><answer item="a1" value="2"><note>' + 'x' * 40000 +
    '</note></answer></assessment>\n')
PY
check_status "an XLSX with a cell over 32,767 characters is refused" 1 \
  "$CLI" export-csv "$TMP/long.xml" -q "$FILES/scoring-q.xml" -o "$TMP/long.xlsx"
contains "it names the cell and the limit" "$TMP/err" \
  "holds 40000 characters; an XLSX cell holds at most 32767"
if [ ! -e "$TMP/long.xlsx" ]; then ok "no XLSX is left"; else not_ok "no XLSX is left"; fi
check_status "the ODS holds the long note" 0 \
  "$CLI" export-csv "$TMP/long.xml" -q "$FILES/scoring-q.xml" -o "$TMP/long.ods"
check_status "the CSV holds the long note" 0 \
  "$CLI" export-csv "$TMP/long.xml" -q "$FILES/scoring-q.xml" -o "$TMP/long.csv"
contains "the CSV's note is whole" "$TMP/long.csv" "$(printf 'x%.0s' $(seq 40000))"

tap_done
