#!/usr/bin/env bash
# test-cli.sh: drives livc-scan-cli as users and scripts do and checks its contract:
# output formats, FILE:LINE messages, exit codes, atomic outputs, translated messages.
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck source=tests/cli/cli-env.sh
. "$(dirname "$0")/cli-env.sh"

# check_pdf DESCRIPTION PDF WANTED UNWANTED: the PDF's text has every |-separated phrase
# of WANTED and none of UNWANTED, and qpdf accepts the file.
check_pdf () {
  local desc=$1 pdf=$2 wanted=$3 unwanted=$4 w words
  # One line: a phrase may wrap inside a table cell.
  pdftotext "$pdf" - | tr '\n' ' ' | tr -s ' ' >"$TMP/pdf.txt"
  IFS='|' read -ra words <<<"$wanted"
  for w in "${words[@]}"; do contains "$desc has “$w”" "$TMP/pdf.txt" "$w"; done
  IFS='|' read -ra words <<<"$unwanted"
  for w in "${words[@]}"; do
    if grep -qF -- "$w" "$TMP/pdf.txt"; then
      not_ok "$desc has no “$w”"
    else
      ok "$desc has no “$w”"
    fi
  done
  if qpdf --check "$pdf" >"$TMP/qpdf" 2>&1; then
    ok "qpdf accepts $desc"
  else
    not_ok "qpdf accepts $desc" "$(tail -3 "$TMP/qpdf")"
  fi
  # Every font is DejaVu and embedded (pdffonts: "emb" is the fifth column from the end).
  pdffonts "$pdf" | tail -n +3 >"$TMP/fonts"
  if [ -s "$TMP/fonts" ] && ! grep -v DejaVuSans "$TMP/fonts" >/dev/null &&
     ! awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' "$TMP/fonts"; then
    ok "$desc embeds its DejaVu fonts"
  else
    not_ok "$desc embeds its DejaVu fonts" "$(cat "$TMP/fonts")"
  fi
}

Q="$FILES/scoring-q.xml"

# validate
check_status "validate accepts the built-in questionnaire without warning" 0 \
  "$CLI" validate "$SRC/questionnaires/livc-r.xml"
contains "validate prints FILE: ok" "$TMP/out" "$SRC/questionnaires/livc-r.xml: ok"
if [ ! -s "$TMP/err" ]; then
  ok "no warning for the built-in questionnaire"
else
  not_ok "no warning for the built-in questionnaire" "$(head -3 "$TMP/err")"
fi
check_status "validate accepts the fixtures" 0 "$CLI" validate "$Q" "$FILES/scoring-a.xml" \
  "$FILES/scoring-b.xml" -q "$Q"
for f in "$SRC"/data/samples/*.xml; do
  [ -e "$f" ] || continue
  check_status "validate accepts the sample $(basename "$f")" 0 "$CLI" validate "$f"
  if [ ! -s "$TMP/err" ]; then
    ok "no warning for $(basename "$f")"
  else
    not_ok "no warning for $(basename "$f")" "$(head -3 "$TMP/err")"
  fi
done

# Hostile files: the committed ones, and those make-hostile.py writes at test time (too
# large for git, or special files: a folder, a symlink loop, unreadable files), listed in
# expected.txt on "#gen" lines. Each is refused with FILE:LINE and its message, and the
# loader stays within 1 s and 100 MB for it (4 s and 400 MB in a sanitizer build); the
# limits are measured on the CLI itself, never through LIVC_CLI_WRAP.
GEN="$TMP/hostile-generated"
mkdir -p "$GEN"
if python3 "$FILES/hostile/make-hostile.py" --generate "$GEN" 2>"$TMP/gen-err"; then
  ok "make-hostile.py writes the generated hostile files"
else
  not_ok "make-hostile.py writes the generated hostile files" "$(head -3 "$TMP/gen-err")"
fi
max_seconds=1 max_kib=$((100 * 1024))
if grep -q __asan_init "$LIVC_SCAN_CLI"; then max_seconds=4 max_kib=$((400 * 1024)); fi
# measure COMMAND…: prints "SECONDS MAX_RSS_KIB" of the command, run without its output.
measure () {
  python3 -c '
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("%.2f %d" % (time.monotonic() - start,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
' "$@"
}
n_hostile=0
while IFS=$'\t' read -r name line message extra; do
  case "$name" in
    '#gen')
      name=$line line=$message message=$extra path="$GEN/$name"
      if [ ! -e "$path" ] && [ ! -L "$path" ]; then
        # Only a file root cannot read: left out where no such kernel file exists.
        n=$((n + 1)); echo "ok $n - # SKIP $name: this machine has no file that root cannot open"
        continue
      fi
      ;;
    '#'*|'') continue;;
    *) path="$FILES/hostile/$name";;
  esac
  n_hostile=$((n_hostile + 1))
  check_status "validate refuses $name" 1 "$CLI" validate -q "$Q" "$path"
  if [ "$line" = 0 ]; then prefix="$path: "; else prefix="$path:$line: "; fi
  if grep -F -- "$prefix" "$TMP/err" | grep -qF -- "$message"; then
    ok "$name is refused at line $line with “$message”"
  else
    not_ok "$name is refused at line $line with “$message”" "$(head -3 "$TMP/err")"
  fi
  if grep -qF -- ": ok" "$TMP/out"; then
    not_ok "$name is not reported ok"
  else
    ok "$name is not reported ok"
  fi
  read -r seconds kib < <(measure "$LIVC_SCAN_CLI" validate -q "$Q" "$path")
  if awk -v s="$seconds" -v k="$kib" -v ms="$max_seconds" -v mk="$max_kib" \
       'BEGIN { exit !(s < ms && k < mk) }'; then
    ok "$name is refused in $seconds s with $((kib / 1024)) MB"
  else
    not_ok "$name is refused within $max_seconds s and $((max_kib / 1024)) MB" \
      "took $seconds s and $((kib / 1024)) MB"
  fi
done < "$FILES/hostile/expected.txt"
if [ "$n_hostile" -ge 75 ]; then
  ok "$n_hostile hostile files checked"
else
  not_ok "at least 75 hostile files checked" "only $n_hostile"
fi

# Not hostile: a UTF-8 byte order mark is allowed.
printf '\357\273\277' | cat - "$FILES/scoring-a.xml" >"$TMP/bom.xml"
check_status "validate accepts a UTF-8 file with a byte order mark" 0 \
  "$CLI" validate -q "$Q" "$TMP/bom.xml"
# Unicode noncharacters are allowed by XML but refused by cairo, which then stopped
# drawing the page (found by fuzzing): they are read as U+FFFD and the report is whole.
sed 's|<title>Scoring</title>|<title>Scoring \&#x10FFFF; plan \&#xFDD0; end</title>|' \
  "$FILES/scoring-a.xml" >"$TMP/nonchar.xml"
check_status "report of an assessment with noncharacters" 0 \
  "$CLI" report "$TMP/nonchar.xml" -q "$Q" -o "$TMP/nonchar.pdf"
"$CLI" report "$FILES/scoring-a.xml" -q "$Q" -o "$TMP/plain.pdf" 2>/dev/null
pdftotext "$TMP/nonchar.pdf" "$TMP/nonchar.txt"
contains "…shows the text after them, each as U+FFFD" "$TMP/nonchar.txt" "Scoring � plan � end"
if [ "$(pdfinfo "$TMP/nonchar.pdf" | grep Pages)" = "$(pdfinfo "$TMP/plain.pdf" | grep Pages)" ] &&
   [ "$(pdftotext -layout "$TMP/nonchar.pdf" - | wc -l)" -ge \
     "$(pdftotext -layout "$TMP/plain.pdf" - | wc -l)" ]; then
  ok "…and every page and line of the report"
else
  not_ok "…and every page and line of the report" "$(pdfinfo "$TMP/nonchar.pdf" | grep Pages)"
fi

check_status "validate goes on after a bad file and fails" 1 \
  "$CLI" validate "$FILES/hostile/bad-date.xml" "$Q"
contains "the good file after a bad one is still ok" "$TMP/out" "$Q: ok"

# score
check_status "score --format csv" 0 "$CLI" score "$FILES/scoring-a.xml" -q "$Q" --format csv
if diff -u "$FILES/scoring-a.csv" "$TMP/out" >"$TMP/diff"; then
  ok "score CSV matches the hand computation (a)"
else
  not_ok "score CSV matches the hand computation (a)" "$(cat "$TMP/diff")"
fi
check_status "score --format csv (rounding)" 0 \
  "$CLI" score "$FILES/scoring-b.xml" -q "$Q" --format csv
if diff -u "$FILES/scoring-b.csv" "$TMP/out" >"$TMP/diff"; then
  ok "score CSV matches the hand computation (b)"
else
  not_ok "score CSV matches the hand computation (b)" "$(cat "$TMP/diff")"
fi
check_status "score CSV is the same under a decimal-comma locale" 0 \
  env LC_ALL=fr_BE.UTF-8 LC_NUMERIC=fr_BE.UTF-8 \
  "$CLI" score "$FILES/scoring-b.xml" -q "$Q" --format csv
if diff -q "$FILES/scoring-b.csv" "$TMP/out" >/dev/null; then
  ok "CSV keeps '.' decimals"
else
  not_ok "CSV keeps '.' decimals"
fi
check_status "score text" 0 "$CLI" score "$FILES/scoring-a.xml" -q "$Q" --lang en
contains "text shows the overall score rounded half away from zero" "$TMP/out" "63 %"
contains "text shows a domain without score as —" "$TMP/out" "     —  "
contains "text lists compliance alerts" "$TMP/out" "Compliance alerts:"
SQ="$FILES/structure-q.xml"
check_status "score text (repeated domain)" 0 \
  "$CLI" score "$FILES/structure-a.xml" -q "$SQ" --lang en
contains "text shows each instance of a repeated domain" "$TMP/out" \
  "  Atypische casus                                    0 %  Start"
contains "text names the instance of an item to discuss" "$TMP/out" \
  "  cur.trust#atypical  ratings from 1 to 4"
check_status "score text (domain not asked)" 0 \
  "$CLI" score "$FILES/structure-b.xml" -q "$SQ" --lang en
contains "text says why a conditional domain is not asked" "$TMP/out" \
  "  Not asked: the team answered 0 — No to item 1.1."
contains "text leaves a domain not asked out of completeness" "$TMP/out" "Completeness: 67 %"
check_status "score text (earlier version)" 0 \
  "$CLI" score "$FILES/migrate-a.xml" -q "$FILES/migrate-2027.xml" --lang en
contains "an earlier version's answers move to the items that replace theirs" "$TMP/err" \
  "migrate-a.xml:15: warning: the answer to the item “old-name” of version 2026.1 now answers"
contains "a removed item's answer is kept" "$TMP/err" \
  "migrate-a.xml:22: warning: the item “gone” is not in the questionnaire"
check_status "score text in French" 0 "$CLI" score "$FILES/scoring-a.xml" -q "$Q" --lang fr
contains "questionnaire texts follow --lang" "$TMP/out" "Domaine A"
check_status "score of an assessment whose questionnaire is unknown fails" 1 \
  "$CLI" score "$FILES/scoring-a.xml"
contains "it says how to name the questionnaire" "$TMP/err" "--questionnaire"
check_status "score finds a questionnaire in XDG_DATA_HOME" 0 \
  env XDG_DATA_HOME="$TMP/home" sh -c "mkdir -p '$TMP/home/livc-scan/questionnaires' &&
    cp '$Q' '$TMP/home/livc-scan/questionnaires/' &&
    '$CLI' score '$FILES/scoring-a.xml' --format csv"
if diff -q "$FILES/scoring-a.csv" "$TMP/out" >/dev/null; then
  ok "…with the same scores"
else
  not_ok "…with the same scores"
fi
check_status "score with a bad --format is a usage error" 2 \
  "$CLI" score "$FILES/scoring-a.xml" --format xml
check_status "score with a bad --lang is a usage error" 2 \
  "$CLI" score "$FILES/scoring-a.xml" --lang de
check_status "score of a hostile file" 1 "$CLI" score "$FILES/hostile/billion-laughs.xml" -q "$Q"
contains "…names file and line" "$TMP/err" "billion-laughs.xml:2:"
check_status "score of an out-of-range value" 1 \
  "$CLI" score "$FILES/hostile/out-of-range-value.xml" -q "$Q"
contains "…names the item and line" "$TMP/err" \
  "out-of-range-value.xml:5: the answer to the item “a1” is 7"

# merge
check_status "merge two individual files" 0 "$CLI" merge "$FILES/merge/member-coordinator.xml" \
  "$FILES/merge/member-police.xml" -o "$TMP/team.xml"
check_status "the merged file validates" 0 "$CLI" validate -q "$Q" "$TMP/team.xml"
contains "each member is a participant" "$TMP/team.xml" \
  '<participant id="member-police">member-police</participant>'
contains "their answers are ratings" "$TMP/team.xml" \
  '<rating participant="member-police" value="4"/>'
if grep -q '<answer item="a1" value=' "$TMP/team.xml"; then
  not_ok "no team value is guessed"
else
  ok "no team value is guessed"
fi
"$CLI" score "$TMP/team.xml" -q "$Q" --format csv >"$TMP/team.csv" 2>/dev/null
# a1 rated 2 and 4, a2 rated 4 and 2: both to discuss; lower medians 2 and 2 -> (2*0.25 + 0.25) / 3
contains "disagreements show as to discuss" "$TMP/team.csv" "a,25.0,start,2,2,4,1,2"
cp "$TMP/team.xml" "$TMP/before.xml"
check_status "merge with an invalid input fails" 1 "$CLI" merge "$FILES/merge/member-police.xml" \
  "$FILES/hostile/bad-value.xml" -o "$TMP/team.xml"
if cmp -s "$TMP/team.xml" "$TMP/before.xml"; then
  ok "…and leaves the existing output untouched"
else
  not_ok "…and leaves the existing output untouched"
fi
check_status "merge into a folder that does not exist fails" 1 "$CLI" merge \
  "$FILES/merge/team-1.xml" -o "$TMP/no/such/dir/team.xml"
check_status "merge without -o is a usage error" 2 "$CLI" merge "$FILES/merge/team-1.xml"

# export-csv
check_status "export-csv without the questionnaire" 0 \
  "$CLI" export-csv "$FILES/scoring-a.xml" -o "$TMP/long.csv"
contains "…keeps rows with the domain empty" "$TMP/long.csv" \
  "$FILES/scoring-a.xml,Testdorp,2026-11-21,,a1,,,2,,"
check_status "export-csv (questionnaire from the catalog)" 0 env XDG_DATA_HOME="$TMP/home" \
  "$CLI" export-csv "$FILES/scoring-a.xml" "$FILES/merge/member-police.xml" -o "$TMP/long.csv"
contains "export header" "$TMP/long.csv" \
  "file,municipality,date,domain,item,basis,weight,value,participant,note"
contains "an answer row" "$TMP/long.csv" "$FILES/scoring-a.xml,Testdorp,2026-11-21,a,a1,legal,2,2,,"
contains "a rating row" "$TMP/long.csv" \
  "$FILES/scoring-a.xml,Testdorp,2026-11-21,a,a2,practice,1,3,p2,"
contains "notes are quoted" "$TMP/long.csv" '"The decision exists, see the council minutes."'
rows=$(wc -l <"$TMP/long.csv")
# scoring-a: 8 answers + 4 + 2 + 2 ratings; member-police: 2 answers; plus the header
if [ "$rows" -eq 19 ]; then
  ok "one row per answer and per rating"
else
  not_ok "one row per answer and per rating" "$rows rows"
fi

# report
SAMPLE="$SRC/data/samples/joint-cell-individual.xml"
# Unanimous ratings read "all agreed", never as a disagreement; a spread of one level waits
# for the team's answer; a wider one is a disagreement where the lower median counts.
declare -A present=( [nl]="Samenvatting|Aanbevelingen|Actieplan|9 juni 2026|Heractiveren|\
iedereen eens|nog geen teamantwoord|meningsverschil"
                     [fr]="Synthèse|Recommandations|Plan d’action|9 juin 2026|Réactivation|\
tous d’accord|pas encore de réponse|désaccord"
                     [en]="Summary|Recommendations|Action plan|9 June 2026|Reactivating|\
all agreed|no team answer yet|disagreement, the lower median counts" )
declare -A absent=( [nl]="Synthèse|Summary|Plan d’action|Action plan|nog geen consensus"
                    [fr]="Samenvatting|Summary|Actieplan|Action plan|pas encore de consensus"
                    [en]="Samenvatting|Synthèse|Actieplan|Plan d’action|no consensus yet" )
# The page of a report that holds its contents: the first after the cover whose heading is
# the contents' (the executive summary before it may take one page or two).
contents_page () {
  local pdf=$1 pages page
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  for ((page = 2; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" "$pdf" - |
       grep -qxE 'Inhoud|Table des matières|Contents'; then
      echo "$page"
      return
    fi
  done
  echo 0
}

for lang in nl fr en nl+fr; do
  pdf="$TMP/report-$lang.pdf"
  check_status "report --lang $lang" 0 "$CLI" report "$SAMPLE" --lang "$lang" -o "$pdf"
  if [ "$lang" = "nl+fr" ]; then
    wanted="${present[nl]}|${present[fr]}"; unwanted="Summary|Action plan"
  else
    wanted=${present[$lang]}; unwanted=${absent[$lang]}
  fi
  check_pdf "the $lang report" "$pdf" "$wanted" "$unwanted"
  if mutool info "$pdf" >/dev/null 2>&1 && mutool show "$pdf" outline >"$TMP/outline" 2>&1 &&
     [ -s "$TMP/outline" ]; then
    ok "mutool reads the $lang report and its outline"
  else
    not_ok "mutool reads the $lang report and its outline"
  fi
  # Each line of the contents links to the page it names.
  toc=$(contents_page "$pdf")
  mutool run "$SRC/tests/cli/links.js" "$pdf" "$toc" >"$TMP/links" 2>&1
  pdftotext -f "$toc" -l "$toc" -layout "$pdf" - | grep -vE 'Pagina|Page' | grep -oE '[0-9]+ *$' |
    tr -d ' ' >"$TMP/toc-pages"
  if [ -s "$TMP/links" ] && diff "$TMP/toc-pages" "$TMP/links" >/dev/null; then
    ok "every line of the $lang contents links to its page ($(wc -l <"$TMP/links") links)"
  else
    not_ok "every line of the $lang contents links to its page" \
      "contents: $(tr '\n' ' ' <"$TMP/toc-pages")" "links: $(tr '\n' ' ' <"$TMP/links")"
  fi
  pdfinfo "$pdf" >"$TMP/info"
  contains "the $lang report has a title" "$TMP/info" "Heidebeek · Nethebroek —"
  contains "the $lang report has an author" "$TMP/info" "Author:          Heidebeek, Nethebroek"
  contains "the $lang report has keywords" "$TMP/info" "Keywords:        "
  contains "the $lang report is tagged" "$TMP/info" "Tagged:          yes"
  # The structure tree (cairo's tags), the language and the radar's text (added after
  # cairo), and a bookmark per domain.
  pdfinfo -struct "$pdf" >"$TMP/struct"
  for element in Document H1 H2 P Table TH TD TOCI Figure; do
    contains "the $lang report's structure has $element" "$TMP/struct" "$element"
  done
  qpdf --json=2 --json-key=qpdf --json-key=outlines "$pdf" >"$TMP/json"
  python3 - "$TMP/json" "$lang" >"$TMP/tags" 2>&1 <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
values = [o.get("value") for o in doc["qpdf"][1].values()]
catalog = [v for v in values if isinstance(v, dict) and v.get("/Type") == "/Catalog"][-1]
figures = [v for v in values if isinstance(v, dict) and v.get("/S") == "/Figure"]
print("lang", catalog.get("/Lang"))
print("title shown", catalog.get("/ViewerPreferences", {}).get("/DisplayDocTitle"))
print("alts", sum(1 for f in figures if "Radar" in f.get("/Alt", "")
                  or "radar" in f.get("/Alt", "")), "of", len(figures))
print("bookmarks", len(doc["outlines"]))
PY
  case $lang in nl|nl+fr) want=nl-BE ;; fr) want=fr-BE ;; *) want=en ;; esac
  contains "the $lang report's catalog has its language" "$TMP/tags" "lang u:$want"
  contains "the $lang report's title shows in a viewer" "$TMP/tags" "title shown True"
  contains "the $lang report's radar has its text" "$TMP/tags" "alts 1 of 1"
  if grep -qE '^bookmarks ([0-9]{2,}|[5-9])$' "$TMP/tags"; then
    ok "the $lang report has its bookmarks ($(grep bookmarks "$TMP/tags"))"
  else
    not_ok "the $lang report has its bookmarks" "$(cat "$TMP/tags")"
  fi
done
# The cover: the status, and a logo scaled into its box; a logo that cannot be used is named
# on stderr and the report is written without it.
pdftotext -f 1 -l 1 "$TMP/report-nl.pdf" - | tr '\n' ' ' >"$TMP/cover"
contains "the cover says the assessment is a draft and what is open" "$TMP/cover" \
  "Status: ontwerp · 54 van 69 items beantwoord · Bespreekpunten:"
# The sample with every item the questionnaire has since gained answered: complete.
python3 - "$SRC/data/samples/town-2026.xml" "$SRC/questionnaires/livc-r.xml" \
  >"$TMP/complete.xml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
answered = set(re.findall(r'<answer item="([^"]+)"', text))
items = re.findall(r'<item id="([^"]+)"', open(sys.argv[2], encoding="utf-8").read())
extra = "".join(f'  <answer item="{i}" value="4"/>\n' for i in items if i not in answered)
at = text.index("  <action ")
sys.stdout.write(text[:at] + extra + text[at:])
PY
check_status "report --logo" 0 "$CLI" report "$TMP/complete.xml" --lang fr \
  --logo "$FILES/logo.png" -o "$TMP/logo.pdf"
pdftotext -f 1 -l 1 "$TMP/logo.pdf" - | tr '\n' ' ' >"$TMP/cover"
contains "a complete assessment is final" "$TMP/cover" "Statut : définitif"
if pdfimages -list "$TMP/logo.pdf" 2>/dev/null | awk 'NR > 2 && $1 == 1 { found = 1 }
                                                    END { exit !found }' &&
   pdfinfo -struct "$TMP/logo.pdf" | sed -n 2p | grep -q Figure; then
  ok "the logo stands on the cover, as a figure"
else
  not_ok "the logo stands on the cover, as a figure" "$(pdfimages -list "$TMP/logo.pdf")"
fi
for bad in "$TMP/no-such-logo.png" "$SRC/data/samples/town-2026.xml"; do
  rm -f "$TMP/nologo.pdf"
  check_status "report --logo $(basename "$bad") still writes the report" 0 \
    "$CLI" report "$SRC/data/samples/town-2026.xml" --logo "$bad" -o "$TMP/nologo.pdf"
  contains "…and names the logo it left out" "$TMP/err" "$bad"
  if [ -s "$TMP/nologo.pdf" ] && ! pdfimages -list "$TMP/nologo.pdf" | awk 'NR > 2' | grep -q .
  then
    ok "…without a logo"
  else
    not_ok "…without a logo"
  fi
done
check_status "--logo goes with a PDF" 2 "$CLI" report "$SRC/data/samples/town-2026.xml" \
  --logo "$FILES/logo.png" --format png -o "$TMP/logo.png"
pdftotext "$TMP/report-fr.pdf" "$TMP/report-fr.txt"
contains "the French report writes 48 % with a narrow no-break space" "$TMP/report-fr.txt" "48 %"
pdftotext "$TMP/report-nl.pdf" "$TMP/report-nl.txt"
contains "the Dutch report writes 48%" "$TMP/report-nl.txt" "48%"
contains "the report lists the compliance-alert section" "$TMP/report-nl.txt" \
  "Wettelijke aandachtspunten"
contains "the report names a member by name and role" "$TMP/report-nl.txt" \
  "Coördinator preventie (gedeeld voor beide gemeenten) — Coördinator"
contains "the ratings table's legend names the members by role" "$TMP/report-nl.txt" \
  "1 Coördinator · 2 Information officer · 3 OCMW · 4 CAW · 5 School"
for code in "(information-officer)" "(ocmw)" "(coordinator)"; do
  if grep -qF -- "$code" "$TMP/report-nl.txt"; then
    not_ok "the report shows no role code $code"
  else
    ok "the report shows no role code $code"
  fi
done
contains "the report has the recommendation for the domain's band" "$TMP/report-nl.txt" \
  "Aanbevelingen"
tr '\n' ' ' <"$TMP/report-nl.txt" | tr -s ' ' >"$TMP/report-nl.joined"
contains "the report numbers items as the app does" "$TMP/report-nl.joined" \
  "1.1 De burgemeester heeft de LIVC-R formeel"

# No page but the last holds only a few stray lines, in any sample or report language: each
# page's text, besides its running header and page number, is at least MIN_LINES lines.
MIN_LINES=6
for sample in "$SRC"/data/samples/*.xml; do
  for lang in nl fr en nl+fr; do
    name="$(basename "$sample" .xml) ($lang)"
    "$CLI" report "$sample" --lang "$lang" -o "$TMP/pages.pdf"
    pages=$(pdfinfo "$TMP/pages.pdf" | awk '/^Pages:/ { print $2 }')
    sparse=""
    for ((page = 2; page < pages; page++)); do
      lines=$(pdftotext -f "$page" -l "$page" "$TMP/pages.pdf" - | grep -v '^[[:space:]]*$' |
        grep -vE '^(Pagina|Page) [0-9]+ (van|sur|of) [0-9]+' | tail -n +2 | wc -l)
      [ "$lines" -ge "$MIN_LINES" ] || sparse="$sparse page $page: $lines lines;"
    done
    if [ -z "$sparse" ]; then
      ok "no stray page in the report of $name ($pages pages)"
    else
      not_ok "no stray page in the report of $name" "$sparse"
    fi
  done
done

# French typography: the report's own labels take a (narrow no-break) space before their
# colon, and no straight apostrophe is printed, whatever the sample's texts.
for sample in "$SRC"/data/samples/*.xml; do
  name=$(basename "$sample" .xml)
  "$CLI" report "$sample" --lang fr -o "$TMP/typo.pdf"
  pdftotext "$TMP/typo.pdf" "$TMP/typo.txt"
  if grep -q "'" "$TMP/typo.txt"; then
    not_ok "the French report of $name has no straight apostrophe" "$(grep -m2 "'" "$TMP/typo.txt")"
  else
    ok "the French report of $name has no straight apostrophe"
  fi
  if grep -qE '(Score global|Phase|Questionnaire|Note|Obligation légale):' "$TMP/typo.txt"; then
    not_ok "the French report of $name spaces its colons" \
      "$(grep -m2 -E '(Score global|Phase|Questionnaire|Note|Obligation légale):' "$TMP/typo.txt")"
  else
    ok "the French report of $name spaces its colons"
  fi
done

# Bilingual contents: each title whole, one line per language, never cut with "…".
toc=$(contents_page "$TMP/report-nl+fr.pdf")
pdftotext -f "$toc" -l "$toc" "$TMP/report-nl+fr.pdf" "$TMP/toc.txt"
contains "the bilingual contents give the French title whole" "$TMP/toc.txt" \
  "Échange d’informations & secret professionnel"
if grep -q '…' "$TMP/toc.txt"; then
  not_ok "no bilingual contents entry is cut" "$(grep -m2 '…' "$TMP/toc.txt")"
else
  ok "no bilingual contents entry is cut"
fi

# The executive summary is the page after the cover: the stage in words with its threshold,
# the legal alerts, the strongest and weakest domains, three priorities, completeness.
pdftotext -f 2 -l 2 "$TMP/report-nl.pdf" - | tr '\n' ' ' | tr -s ' ' >"$TMP/exec.txt"
for phrase in "Kernpunten" "De cel scoort 48%: fase Heractiveren, die begint bij 25%." \
  "De volgende fase, Optimaliseren, begint bij 50%." "Wettelijke aandachtspunten" \
  "Het sterkst staat" "Het zwakst staat" "Drie prioriteiten" "1. " "2. " "3. " \
  "Volledigheid 78%: 54 van de 69 items zijn beoordeeld." \
  "Items die het team nog moet bespreken (beoordelingen twee niveaus of meer uit elkaar): 11."
do
  contains "the executive summary says “$phrase”" "$TMP/exec.txt" "$phrase"
done
pdftotext -f 2 -l 2 "$TMP/report-fr.pdf" - | tr '\n' ' ' | tr -s ' ' >"$TMP/exec-fr.txt"
contains "the French executive summary gives the stage" "$TMP/exec-fr.txt" \
  "La cellule obtient 48 % : phase Réactivation, qui commence à 25 %."
if pdftotext -f 3 -l 3 "$TMP/report-nl.pdf" - | sed -n 3p | grep -qx Inhoud; then
  ok "the contents follow the executive summary"
else
  not_ok "the contents follow the executive summary"
fi

# report NEW --previous OLD: the executive summary says what moved since the earlier
# assessment and how far its action plan got; --previous goes with one assessment only.
check_status "report --previous" 0 "$CLI" report "$SRC/data/samples/town-2026.xml" \
  --previous "$SRC/data/samples/town-2024.xml" --lang nl -o "$TMP/since.pdf"
pdftotext -f 2 -l 2 "$TMP/since.pdf" - | tr '\n' ' ' | tr -s ' ' >"$TMP/since.txt"
for phrase in "Sinds 15 mei 2024" \
  "Totale score 28% → 53% (+25 procentpunten), fase Heractiveren → Optimaliseren." \
  "Wettelijke basis & samenwerkingsprotocol: 28% → 65% (+37)" \
  "Vorig actieplan, 6 acties: 5 afgerond, 1 bezig, 0 open, 0 geschrapt; 1 over tijd."; do
  contains "the summary since the earlier assessment says “$phrase”" "$TMP/since.txt" "$phrase"
done
check_status "report --previous with several assessments is a usage error" 2 \
  "$CLI" report "$SRC/data/samples/town-2026.xml" "$SRC/data/samples/town-2024.xml" \
  --previous "$SRC/data/samples/town-2024.xml" -o "$TMP/x.pdf"
check_status "report --previous of an invalid file fails" 1 \
  "$CLI" report "$SRC/data/samples/town-2026.xml" --previous "$FILES/hostile/bad-value.xml" \
  -o "$TMP/x.pdf"

# The action plan is a table per domain: numbered, tied to its item, no internal ids; an
# action due before the report's date and not done is flagged overdue, with priority high.
"$CLI" report "$SRC/data/samples/town-2026.xml" --lang nl -o "$TMP/plan.pdf"
pdftotext -layout "$TMP/plan.pdf" "$TMP/plan.txt"
if grep -qE '^ *7 +Met de LTF afspreken hoe +6\.3 +Information officer +31 december +Bezig +hoog' \
     "$TMP/plan.txt" && grep -qE '2024 \(over' "$TMP/plan.txt"; then
  ok "the action plan gives number, item, owner, due date, status and priority"
else
  not_ok "the action plan gives number, item, owner, due date, status and priority" \
    "$(grep -m3 -E 'LTF|over tijd' "$TMP/plan.txt")"
fi
if grep -qE '\ba[0-9]+\b' "$TMP/plan.txt"; then
  not_ok "the action plan shows no internal ids" "$(grep -m2 -E '\ba[0-9]+\b' "$TMP/plan.txt")"
else
  ok "the action plan shows no internal ids"
fi
"$CLI" report "$SRC/data/samples/starting-cell.xml" --lang en -o "$TMP/start.pdf"
pdftotext "$TMP/start.pdf" - | tr '\n' ' ' >"$TMP/start.txt"
if grep -qF "Plan a first self-assessment" "$TMP/start.txt"; then
  not_ok "a report never recommends the self-assessment it comes from"
else
  ok "a report never recommends the self-assessment it comes from"
fi

check_status "report --format png" 0 "$CLI" report "$SAMPLE" --format png -o "$TMP/radar.png"
if [ "$(head -c 4 "$TMP/radar.png" | od -An -c | tr -d ' ')" = "211PNG" ]; then
  ok "the radar is a PNG"
else
  not_ok "the radar is a PNG"
fi

# A stress assessment: 12 domains, 40 participants, 1,000-word notes: every note ends up
# whole in the PDF and no word lies outside the printable area.
check_status "report of the stress assessment" 0 "$CLI" report "$FILES/stress-a.xml" \
  -q "$FILES/stress-q.xml" --lang en -o "$TMP/stress.pdf"
pdftotext "$TMP/stress.pdf" "$TMP/stress.txt"
notes=$(grep -o "EINDEVANDENOTITIE[0-9]*" "$TMP/stress.txt" | sort -u | wc -l)
if [ "$notes" -eq 12 ]; then
  ok "every long note is printed to its end"
else
  not_ok "every long note is printed to its end" "$notes of 12"
fi
participants=$(grep -o "Participant [0-9][0-9]" "$TMP/stress.txt" | sort -u | wc -l)
if [ "$participants" -eq 40 ]; then
  ok "all 40 participants are listed"
else
  not_ok "all 40 participants are listed" "$participants"
fi
pdftotext -bbox "$TMP/stress.pdf" "$TMP/stress.html"
outside=$(awk -F'"' '
  /<word/ {
    for (i = 1; i < NF; i++) {
      if ($i ~ /xMin=$/) x0 = $(i+1)
      if ($i ~ /yMin=$/) y0 = $(i+1)
      if ($i ~ /xMax=$/) x1 = $(i+1)
      if ($i ~ /yMax=$/) y1 = $(i+1)
    }
    if (x0 < 50 || y0 < 20 || x1 > 545 || y1 > 822) n++
  }
  END { print n + 0 }' "$TMP/stress.html")
if [ "$outside" -eq 0 ]; then
  ok "no word of the stress report is cut off or outside the page"
else
  not_ok "no word of the stress report is cut off or outside the page" "$outside words"
fi
pages=$(pdfinfo "$TMP/stress.pdf" | awk '/^Pages:/ { print $2 }')
if [ "$pages" -gt 30 ]; then
  ok "the stress report paginates ($pages pages)"
else
  not_ok "the stress report paginates" "$pages pages"
fi

echo old >"$TMP/keep.pdf"
check_status "report of an invalid assessment fails" 1 \
  "$CLI" report "$FILES/hostile/bad-value.xml" -q "$Q" -o "$TMP/keep.pdf"
contains "…and leaves the existing output untouched" "$TMP/keep.pdf" "old"
check_status "report with a bad --lang" 2 "$CLI" report "$SAMPLE" --lang de -o "$TMP/x.pdf"

# questionnaires, help, usage
check_status "questionnaires" 0 "$CLI" questionnaires
contains "lists the built-in one" "$TMP/out" "livc-r	2026.1"
for cmd in validate score report compare merge export-csv actions anonymise questionnaires; do
  check_status "$cmd --help" 0 "$CLI" "$cmd" --help
  contains "$cmd --help shows usage" "$TMP/out" "livc-scan-cli"
done
check_status "--help" 0 "$CLI" --help
contains "--help lists the commands" "$TMP/out" "export-csv"
check_status "no command is a usage error" 2 "$CLI"
check_status "an unknown command is a usage error" 2 "$CLI" frobnicate
check_status "compare -o CSV" 0 \
  "$CLI" compare "$FILES/scoring-a.xml" "$FILES/scoring-b.xml" -q "$Q" -o "$TMP/cmp.csv"
cat >"$TMP/cmp-expected.csv" <<CSV
file,municipality,date,domain,score,stage
$FILES/scoring-a.xml,Testdorp,2026-11-21,a,37.5,start
$FILES/scoring-a.xml,Testdorp,2026-11-21,b,75.0,strong
$FILES/scoring-a.xml,Testdorp,2026-11-21,c,,
$FILES/scoring-b.xml,Testdorp; Proefstad,2025-03-01,a,6.3,start
$FILES/scoring-b.xml,Testdorp; Proefstad,2025-03-01,b,0.0,start
$FILES/scoring-b.xml,Testdorp; Proefstad,2025-03-01,c,62.5,build
CSV
if diff -u "$TMP/cmp-expected.csv" "$TMP/cmp.csv" >"$TMP/diff"; then
  ok "compare CSV rows"
else
  not_ok "compare CSV rows" "$(cat "$TMP/diff")"
fi

# comparison report: Heuvelmolen in 2024 and 2026 shows its trend, in every language
T24="$SRC/data/samples/town-2024.xml"
T26="$SRC/data/samples/town-2026.xml"
declare -A trend
trend[nl]="Vergelijkend rapport LIVC-R|Evolutie — Heuvelmolen|15 mei 2024 – 20 mei 2026"
trend[nl]+="|Meest vooruitgegaan|Meest achteruitgegaan|Totale score|Heractiveren|Optimaliseren"
trend[fr]="Rapport comparatif des CSIL-R|Évolution — Heuvelmolen|15 mai 2024 – 20 mai 2026"
trend[fr]+="|Plus fortes progressions|Plus forts reculs|Score global|Réactivation|Optimisation"
trend[en]="LIVC-R comparison report|Trend — Heuvelmolen|15 May 2024 – 20 May 2026"
trend[en]+="|Improved most|Declined most|Overall score|Reactivating|Optimising"
declare -A notrend=( [nl]="Évolution|Trend —|Improved most|Plus fortes"
                     [fr]="Evolutie|Trend —|Improved most|Meest vooruit"
                     [en]="Evolutie|Évolution|Meest vooruit|Plus fortes" )
for lang in nl fr en nl+fr; do
  pdf="$TMP/compare-$lang.pdf"
  check_status "compare --lang $lang to PDF" 0 "$CLI" compare "$T24" "$T26" --lang "$lang" -o "$pdf"
  if [ "$lang" = "nl+fr" ]; then
    wanted="${trend[nl]}|${trend[fr]}"; unwanted="Improved most|Trend —"
  else
    wanted=${trend[$lang]}; unwanted=${notrend[$lang]}
  fi
  check_pdf "the $lang comparison" "$pdf" "$wanted" "$unwanted"
  if mutool show "$pdf" outline >"$TMP/outline" 2>&1 && grep -q "Heuvelmolen" "$TMP/outline"; then
    ok "the $lang comparison's outline leads to the trend"
  else
    not_ok "the $lang comparison's outline leads to the trend" "$(head -5 "$TMP/outline")"
  fi
done
# The trend table: overall 28% in 2024, 53% in 2026, +24 points (28.3 → 52.7).
pdftotext -layout "$TMP/compare-nl.pdf" "$TMP/compare-nl.txt"
if grep -E "^ *Totale score +28% +53% +\+24" "$TMP/compare-nl.txt" >/dev/null; then
  ok "the trend table shows the overall 28% → 53%, +24"
else
  not_ok "the trend table shows the overall 28% → 53%, +24" \
    "$(grep "Totale score" "$TMP/compare-nl.txt")"
fi
# protocol.written went from 1 to 4, the largest rise there is.
contains "the written protocol is among the items improved most" "$TMP/compare-nl.txt" "(1 → 4)"
pdftotext "$TMP/compare-fr.pdf" "$TMP/compare-fr.txt"
contains "the French comparison writes 53 % with a narrow no-break space" \
  "$TMP/compare-fr.txt" "53 %"
pdfinfo "$TMP/compare-en.pdf" >"$TMP/info"
contains "the comparison has a title" "$TMP/info" "Title:           LIVC-R comparison report"
contains "the comparison has an author" "$TMP/info" "Author:          Heuvelmolen"

check_status "report of several assessments writes the comparison" 0 \
  "$CLI" report "$T24" "$T26" --lang en -o "$TMP/both.pdf"
pdftotext "$TMP/both.pdf" "$TMP/both.txt"
contains "…with the trend" "$TMP/both.txt" "Trend — Heuvelmolen"
check_status "compare to PNG" 0 "$CLI" compare "$T24" "$T26" -o "$TMP/compare.png"
if [ "$(head -c 4 "$TMP/compare.png" | od -An -c | tr -d ' ')" = "211PNG" ]; then
  ok "the comparison radar is a PNG"
else
  not_ok "the comparison radar is a PNG"
fi
check_status "compare --format csv with any output name" 0 \
  "$CLI" compare "$T24" "$T26" --format csv -o "$TMP/cmp.txt"
contains "…writes the CSV" "$TMP/cmp.txt" "file,municipality,date,domain,score,stage"

# Versions of one questionnaire: found in the data folder, compared by id.
mkdir -p "$TMP/versions/livc-scan/questionnaires"
cp "$Q" "$FILES/compare/scoring-q-1.3.xml" "$TMP/versions/livc-scan/questionnaires/"
check_status "compare assessments of two versions of a questionnaire" 0 \
  env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$FILES/scoring-a.xml" "$FILES/compare/testdorp-2027.xml" --lang en \
  -o "$TMP/versions.pdf"
pdftotext "$TMP/versions.pdf" "$TMP/versions.txt"
contains "…names the items new in the later version" "$TMP/versions.txt" \
  "Items new in the later version"
contains "…and those no longer in it" "$TMP/versions.txt" "Items no longer in the later version"
contains "…and shows the domain only the later version has" "$TMP/versions.txt" "Domain D"

# Many assessments: the highlighted one against the peers' band.
"${LIVC_GENERATE:?}" 40 "$TMP/cells" 7
check_status "compare 40 generated assessments" 0 "$CLI" compare "$TMP"/cells/*.xml \
  --highlight "$TMP/cells/cell-00005.xml" --lang en -o "$TMP/cells.pdf"
pdftotext "$TMP/cells.pdf" "$TMP/cells.txt"
contains "…shows the others' median" "$TMP/cells.txt" "Others: median"
contains "…and the band in the radar's legend" "$TMP/cells.txt" "25th–75th percentile of the others"
if qpdf --check "$TMP/cells.pdf" >"$TMP/qpdf" 2>&1; then
  ok "qpdf accepts the comparison of 40"
else
  not_ok "qpdf accepts the comparison of 40" "$(tail -3 "$TMP/qpdf")"
fi
check_status "compare 40 to CSV" 0 "$CLI" compare "$TMP"/cells/*.xml -o "$TMP/cells.csv"
rows=$(wc -l <"$TMP/cells.csv")
if [ "$rows" -eq 321 ]; then
  ok "one CSV row per assessment and domain (40 × 8 + header)"
else
  not_ok "one CSV row per assessment and domain" "$rows rows"
fi
if [ -s "$TMP/err" ]; then
  not_ok "no progress on stderr when it is not a terminal" "$(head -2 "$TMP/err")"
else
  ok "no progress on stderr when it is not a terminal"
fi

check_status "--highlight must name a compared file" 2 \
  "$CLI" compare "$T24" "$T26" --highlight "$SAMPLE" -o "$TMP/x.pdf"
check_status "compare to an unknown extension is a usage error" 2 \
  "$CLI" compare "$T24" "$T26" -o "$TMP/x.txt"
if [ -e "$TMP/x.txt" ]; then not_ok "…and writes nothing"; else ok "…and writes nothing"; fi
echo old >"$TMP/keep.pdf"
check_status "compare of two questionnaires fails" 1 env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$T24" "$FILES/scoring-a.xml" -o "$TMP/keep.pdf"
contains "…says why" "$TMP/err" "only assessments of one questionnaire can be compared"
contains "…and leaves the existing output untouched" "$TMP/keep.pdf" "old"

# To CSV as to PDF and PNG: rows of two questionnaires in one table would mix their
# domains. The message names both files, whichever comes first and however many there are.
echo old >"$TMP/keep.csv"
check_status "compare of two questionnaires to CSV fails" 1 env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$T24" "$FILES/scoring-a.xml" -o "$TMP/keep.csv"
contains "…names the odd file" "$TMP/err" "$FILES/scoring-a.xml: this assessment answers"
contains "…and the file it differs from" "$TMP/err" "but $T24 answers “livc-r”"
contains "…and leaves the existing CSV untouched" "$TMP/keep.csv" "old"
check_status "…with the odd file first" 1 env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$FILES/scoring-a.xml" "$T24" "$T26" -o "$TMP/keep.csv"
contains "…names both files" "$TMP/err" \
  "$T24: this assessment answers the questionnaire “livc-r”, but $FILES/scoring-a.xml answers"
check_status "…with the odd file among others" 1 env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$T24" "$T26" "$FILES/scoring-a.xml" "$SAMPLE" --format csv -o "$TMP/keep.csv"
contains "…names it and the first" "$TMP/err" "$FILES/scoring-a.xml: this assessment answers"
contains "…and leaves the CSV untouched" "$TMP/keep.csv" "old"
check_status "compare of two versions of one questionnaire to CSV still works" 0 \
  env XDG_DATA_HOME="$TMP/versions" \
  "$CLI" compare "$FILES/scoring-a.xml" "$FILES/compare/testdorp-2027.xml" -o "$TMP/versions.csv"

# Charts of one and two domains are bars, never a blank image; a domain title with a long
# run without spaces is broken and ellipsized, and never shrinks the chart.
# domains_only Q_OR_A IDS…: the questionnaire or assessment with only those domains' parts
domains_only () {
  local file=$1
  shift
  awk -v keep=" $* " '
    /<domain id="/ { match($0, /id="[^"]*"/); id = substr($0, RSTART + 4, RLENGTH - 5)
                     skip = index(keep, " " id " ") == 0 }
    /<answer item="/ { match($0, /item="[^"]*"/); id = substr($0, RSTART + 6, 1)
                       skip = index(keep, " " id " ") == 0; single = /\/>/ }
    { if (!skip) print }
    /<\/domain>/ { skip = 0 }
    /<\/answer>/ { skip = 0 }
    /<answer item="/ { if (single) skip = 0 }' "$file"
}
# ink_at_least DESC PNG FRACTION_DIVISOR [MIN_INK]: the PNG has more ink than its area over
# the divisor, and at least MIN_INK pixels
ink_at_least () {
  local desc=$1 png=$2 divisor=$3 min=${4:-0} w h ink
  read -r w h ink _ <<<"$("$LIVC_PNG_INK" "$png" 2>&1)"
  if [ -n "$ink" ] && [ "$ink" -gt $((w * h / divisor)) ] && [ "$ink" -ge "$min" ]; then
    ok "$desc"
  else
    not_ok "$desc" "${w:-?}×${h:-?}, $ink pixels drawn, wanted over $((w * h / divisor)) and $min"
  fi
}
mkdir -p "$TMP/few"
domains_only "$Q" a >"$TMP/few/q1.xml"
domains_only "$Q" a b >"$TMP/few/q2.xml"
domains_only "$FILES/scoring-a.xml" a >"$TMP/few/a1.xml"
domains_only "$FILES/scoring-a.xml" a b >"$TMP/few/a2.xml"
domains_only "$FILES/scoring-b.xml" a b >"$TMP/few/b2.xml"
domains_only "$FILES/scoring-a.xml" b >"$TMP/few/a1-unscored.xml"
for axes in 1 2; do
  check_status "a questionnaire of $axes domain(s) validates" 0 \
    "$CLI" validate "$TMP/few/q$axes.xml"
  for lang in nl fr en nl+fr; do
    check_status "report PNG of $axes domain(s) in $lang" 0 "$CLI" report "$TMP/few/a$axes.xml" \
      -q "$TMP/few/q$axes.xml" --lang "$lang" --format png -o "$TMP/few/a$axes-$lang.png"
    ink_at_least "…is not blank" "$TMP/few/a$axes-$lang.png" 50
  done
done
check_status "comparison PNG of 2 domains" 0 "$CLI" compare "$TMP/few/a2.xml" "$TMP/few/b2.xml" \
  -q "$TMP/few/q2.xml" -o "$TMP/few/compare2.png"
ink_at_least "…is not blank" "$TMP/few/compare2.png" 50
check_status "report PNG of 1 domain without a score" 0 "$CLI" report "$TMP/few/a1-unscored.xml" \
  -q "$TMP/few/q1.xml" --format png -o "$TMP/few/unscored.png"
ink_at_least "…still shows its axis and label" "$TMP/few/unscored.png" 400
check_status "report PDF of 1 domain" 0 "$CLI" report "$TMP/few/a1.xml" -q "$TMP/few/q1.xml" \
  -o "$TMP/few/a1.pdf"

# Titles 50 KB long (a fortieth under valgrind): a run without spaces, words, and both in
# two languages; on one domain of three, on every domain of three, on a single domain.
if [ -n "${LIVC_CLI_WRAP:-}" ]; then title_kb=1; else title_kb=50; fi
run=$(head -c $((title_kb * 1024)) /dev/zero | tr '\0' 'W')
words=$(yes "Informatiedoorstroming tussen partners" | head -c $((title_kb * 1024)) | tr '\n' ' ')
"$CLI" report "$FILES/scoring-a.xml" -q "$Q" --lang nl --format png -o "$TMP/few/short.png" \
  2>"$TMP/err"
read -r _ _ short_ink _ <<<"$("$LIVC_PNG_INK" "$TMP/few/short.png")"
case_no=0
for shape in run words; do
  for where in one all; do
    case_no=$((case_no + 1))
    text=${!shape}
    if [ "$where" = one ]; then pattern='Domein A'; else pattern='Domein [ABC]'; fi
    sed "s|<title xml:lang=\"nl\">$pattern</title>|<title xml:lang=\"nl\">$text</title>|;
         s|<title xml:lang=\"fr\">Domaine A</title>|<title xml:lang=\"fr\">$text</title>|" \
      "$Q" >"$TMP/few/long$case_no.xml"
    for lang in nl nl+fr; do
      check_status "radar with a $title_kb KB title ($shape, $where, $lang)" 0 \
        "$CLI" report "$FILES/scoring-a.xml" -q "$TMP/few/long$case_no.xml" --lang "$lang" \
        --format png -o "$TMP/few/long$case_no.png"
      ink_at_least "…keeps at least half the ink of short titles" "$TMP/few/long$case_no.png" \
        1000000 $((short_ink / 2))
    done
  done
  domains_only "$TMP/few/long1.xml" a >"$TMP/few/long-single.xml"
  check_status "bars with a $title_kb KB title ($shape)" 0 "$CLI" report "$TMP/few/a1.xml" \
    -q "$TMP/few/long-single.xml" --lang nl --format png -o "$TMP/few/long-single.png"
  ink_at_least "…are not blank" "$TMP/few/long-single.png" 50
done

# messages in the user's language
if [ -n "${LIVC_SCAN_LOCALEDIR:-}" ] &&
   [ -e "$LIVC_SCAN_LOCALEDIR/nl/LC_MESSAGES/livc-scan.mo" ]; then
  check_status "a Dutch error" 1 \
    env LANGUAGE=nl LC_ALL=C.UTF-8 "$CLI" validate "$FILES/hostile/bad-date.xml"
  contains "…is in Dutch" "$TMP/err" "bad-date.xml:4: de datum “2026-02-30”"
  check_status "a French error" 1 \
    env LANGUAGE=fr LC_ALL=C.UTF-8 "$CLI" validate "$FILES/hostile/dtd-internal.xml"
  contains "…is in French" "$TMP/err" "dtd-internal.xml:2: les déclarations de type de document"
else
  not_ok "translations are built" "no nl catalogue in ${LIVC_SCAN_LOCALEDIR:-}"
fi

# Privacy: every output is private (0600) whatever the umask, even one replacing a file
# that others could read; and no file outside the assessment reaches a report, whatever
# the assessment's texts look like.
PRIV="$TMP/privacy"
mkdir -p "$PRIV"
old_umask=$(umask)
umask 000
echo public >"$PRIV/replaced.csv"
chmod 644 "$PRIV/replaced.csv"
check_status "merge -o with umask 000" 0 "$CLI" merge "$FILES/merge/member-coordinator.xml" \
  "$FILES/merge/member-police.xml" -o "$PRIV/team.xml"
check_status "report -o PDF with umask 000" 0 "$CLI" report "$T24" -o "$PRIV/report.pdf"
check_status "report -o PNG with umask 000" 0 "$CLI" report "$T24" --format png -o "$PRIV/radar.png"
check_status "compare -o PDF with umask 000" 0 "$CLI" compare "$T24" "$T26" -o "$PRIV/compare.pdf"
check_status "compare -o CSV with umask 000" 0 "$CLI" compare "$T24" "$T26" -o "$PRIV/compare.csv"
check_status "compare -o PNG with umask 000" 0 "$CLI" compare "$T24" "$T26" -o "$PRIV/compare.png"
check_status "export-csv -o with umask 000" 0 \
  "$CLI" export-csv "$FILES/scoring-a.xml" -o "$PRIV/long.csv"
check_status "export-csv -o over a file others may read" 0 \
  "$CLI" export-csv "$FILES/scoring-a.xml" -o "$PRIV/replaced.csv"
umask "$old_umask"
for f in team.xml report.pdf radar.png compare.pdf compare.csv compare.png long.csv replaced.csv; do
  mode=$(stat -c %a "$PRIV/$f" 2>/dev/null)
  if [ "$mode" = 600 ]; then
    ok "$f is created 0600 under umask 000"
  else
    not_ok "$f is created 0600 under umask 000" "mode ${mode:-missing}"
  fi
done

# Texts that would pull in a local file if anything expanded them: a URL, an XInclude, an
# entity, a shell substitution; each naming a secret file of this test and the system's.
SECRET="$PRIV/secret.txt"
token="LEAKED-$$-$RANDOM$RANDOM"
echo "$token" >"$SECRET"
machine_id=$(cat /etc/machine-id 2>/dev/null || true)
root_line=$(grep '^root:' /etc/passwd | cut -d: -f1-4)
cat >"$PRIV/leak.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1"
            questionnaire="livc-r" questionnaire-version="2026.1">
  <municipality nis="99005">Lekdorp</municipality>
  <date>2026-11-22</date>
  <title>file:///etc/passwd \$(cat /etc/hostname) file://$SECRET</title>
  <answer item="protocol.founded" value="3">
    <note>&lt;xi:include href="$SECRET" parse="text"/&gt; and &amp;xxe; and %xxe;</note>
    <evidence>\`cat /etc/machine-id\` and &lt;!ENTITY xxe SYSTEM "file:///etc/passwd"&gt;</evidence>
  </answer>
</assessment>
XML
# The same names as markup: an XInclude element kept as foreign content.
cat >"$PRIV/xinclude.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" xmlns:xi="http://www.w3.org/2001/XInclude"
            questionnaire="livc-r" questionnaire-version="2026.1">
  <municipality nis="99006">Insluitdorp</municipality>
  <date>2026-11-22</date>
  <answer item="protocol.founded" value="2"/>
  <xi:include href="$SECRET" parse="text"/>
  <xi:include href="/etc/passwd" parse="text"/>
</assessment>
XML
# And a questionnaire that declares an external entity for its title.
cat >"$PRIV/q-entity.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE questionnaire [
  <!ENTITY xxe SYSTEM "file://$SECRET">
  <!ENTITY pw SYSTEM "file:///etc/passwd">
]>
<questionnaire xmlns="urn:livc-scan:questionnaire:1" id="livc-r" version="2026.1">
  <title xml:lang="en">&xxe; &pw;</title>
</questionnaire>
XML

# no_leak DESC FILE: none of the secrets is in FILE.
no_leak () {
  local desc=$1 file=$2 found=""
  grep -qF -- "$token" "$file" && found="the test's secret file"
  [ -n "$machine_id" ] && grep -qF -- "$machine_id" "$file" && found="$found /etc/machine-id"
  [ -n "$root_line" ] && grep -qF -- "$root_line" "$file" && found="$found /etc/passwd"
  if [ -z "$found" ]; then
    ok "$desc has no local file's content"
  else
    not_ok "$desc has no local file's content" "found: $found"
  fi
}

check_status "report of an assessment whose texts name local files" 0 \
  "$CLI" report "$PRIV/leak.xml" --lang en -o "$PRIV/leak.pdf"
pdftotext "$PRIV/leak.pdf" "$PRIV/leak.txt"
# A long path may wrap: the lines joined, a text without spaces reads as written.
tr -d '\n' <"$PRIV/leak.txt" >"$PRIV/leak-joined.txt"
for literal in 'file:///etc/passwd' '$(cat /etc/hostname)' "file://$SECRET" '<xi:include' \
               '&xxe;' '`cat /etc/machine-id`'; do
  contains "the report prints “$literal” as written" "$PRIV/leak-joined.txt" "$literal"
done
no_leak "the report" "$PRIV/leak.txt"
check_status "export-csv of the same assessment" 0 \
  "$CLI" export-csv "$PRIV/leak.xml" -o "$PRIV/leak.csv"
contains "…keeps the note as written" "$PRIV/leak.csv" '<xi:include href='
no_leak "the CSV" "$PRIV/leak.csv"

check_status "an assessment with an XInclude element is refused" 1 \
  "$CLI" validate "$PRIV/xinclude.xml"
contains "…at its line" "$TMP/err" "xinclude.xml:7: XInclude is not allowed"
no_leak "…and the message" "$TMP/err"
echo old >"$PRIV/keep.xml"
check_status "merge refuses it too" 1 "$CLI" merge "$PRIV/xinclude.xml" -o "$PRIV/keep.xml"
contains "…and writes nothing" "$PRIV/keep.xml" "old"
check_status "so does report" 1 "$CLI" report "$PRIV/xinclude.xml" -o "$PRIV/keep.pdf"
no_leak "…and its message" "$TMP/err"

check_status "a questionnaire with an external entity is refused" 1 \
  "$CLI" validate "$PRIV/q-entity.xml"
no_leak "…and the message" "$TMP/err"
echo old >"$PRIV/keep.pdf"
check_status "a report with that questionnaire fails" 1 \
  "$CLI" report "$PRIV/leak.xml" -q "$PRIV/q-entity.xml" -o "$PRIV/keep.pdf"
no_leak "…and its message" "$TMP/err"
contains "…and writes nothing" "$PRIV/keep.pdf" "old"

# Long texts: every word of a text of any length and shape comes out in the PDF, wrapped,
# broken inside a run without spaces, split over pages; never cut. Smaller under a checker
# (LIVC_CLI_WRAP), which runs forty times slower.
LONG="$TMP/long"
mkdir -p "$LONG"
if [ -n "${LIVC_CLI_WRAP:-}" ]; then scale=40; else scale=1; fi
# words N SEP: N words w0 w1 …, separated by SEP (awk reads \n in it as a newline)
words () {
  awk -v n="$1" -v sep="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s%s", (i ? sep : ""), "w" i }'
}
# run BYTES: a run of letters and digits without any break opportunity
run () { awk -v n="$1" 'BEGIN { for (i = 0; i * 10 < n; i++) printf "Zx%08d", i }'; }
# long_assessment OUT MUNICIPALITY TITLE NAME ROLE NOTE ACTION: texts taken from files
long_assessment () {
  {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n'
    printf '<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="livc-r"'
    printf ' questionnaire-version="2026.1">\n'
    printf '  <municipality nis="99041">%s</municipality>\n' "$(cat "$2")"
    printf '  <date>2026-05-20</date>\n  <title>%s</title>\n' "$(cat "$3")"
    printf '  <participants><participant id="p1" role="%s">%s</participant>' \
      "$(cat "$5")" "$(cat "$4")"
    printf '<participant id="p2" role="ocmw">Tweede lid</participant></participants>\n'
    printf '  <answer item="protocol.founded" value="4"><rating participant="p1" value="4"/>'
    printf '<rating participant="p2" value="2"/><note>%s</note></answer>\n' "$(cat "$6")"
    printf '  <action id="a1" domain="protocol" item="protocol.founded" owner="%s"' "$(cat "$4")"
    printf ' due="2026-12-15" status="doing">%s</action>\n</assessment>\n' "$(cat "$7")"
  } >"$1"
}
# every_word DESC PDF FILE: each word of FILE is a word of the PDF's text (a role stands
# in parentheses)
every_word () {
  local desc=$1 pdf=$2 file=$3 missing total
  pdftotext "$pdf" "$LONG/got.txt"
  tr -s '[:space:]()' '\n' <"$LONG/got.txt" | sort -u >"$LONG/got.words"
  tr -s '[:space:]' '\n' <"$file" | sed '/^$/d' | sort -u >"$LONG/want.words"
  comm -23 "$LONG/want.words" "$LONG/got.words" >"$LONG/missing.words"
  missing=$(wc -l <"$LONG/missing.words")
  total=$(wc -l <"$LONG/want.words")
  if [ "$missing" -eq 0 ]; then
    ok "$desc: all $total words in the PDF"
  else
    not_ok "$desc: all words in the PDF" \
      "$missing of $total missing, first: $(head -3 "$LONG/missing.words" | tr '\n' ' ')"
  fi
}
# whole_run DESC PDF FILE: FILE's run is in the PDF's text, lines joined, running headers
# and page numbers left out
whole_run () {
  local desc=$1 pdf=$2 file=$3
  pdftotext "$pdf" - | grep -v -e '^Pagina [0-9]* van [0-9]*$' -e 'Rapport zelfevaluatie LIVC-R$' \
    -e '^Page [0-9]* of [0-9]*$' -e 'LIVC-R self-assessment report$' | tr -d '[:space:]' \
    >"$LONG/joined.txt"
  if grep -qF -f "$file" "$LONG/joined.txt"; then
    ok "$desc: the whole run of $(wc -c <"$file") bytes in the PDF"
  else
    not_ok "$desc: the whole run in the PDF" "$(wc -c <"$LONG/joined.txt") bytes of text"
  fi
}
echo Langdorp >"$LONG/m"
echo Titel >"$LONG/t"
echo "Jan Peeters" >"$LONG/name"
echo coordinator >"$LONG/role"
echo "Een korte notitie." >"$LONG/note"
echo "Een actie." >"$LONG/action"

words $((90000 / scale)) ' ' >"$LONG/paragraph"
long_assessment "$LONG/a.xml" "$LONG/m" "$LONG/t" "$LONG/name" "$LONG/role" "$LONG/paragraph" \
  "$LONG/action"
check_status "report of a $(wc -c <"$LONG/paragraph")-byte one-paragraph note" 0 \
  "$CLI" report "$LONG/a.xml" --lang nl -o "$LONG/a.pdf"
every_word "…the paragraph" "$LONG/a.pdf" "$LONG/paragraph"
check_status "…in two columns too" 0 "$CLI" report "$LONG/a.xml" --lang nl+fr -o "$LONG/a2.pdf"
every_word "…the paragraph in nl+fr" "$LONG/a2.pdf" "$LONG/paragraph"

run $((1000000 / scale)) >"$LONG/run"
long_assessment "$LONG/b.xml" "$LONG/m" "$LONG/t" "$LONG/name" "$LONG/role" "$LONG/run" \
  "$LONG/action"
check_status "report of a $(wc -c <"$LONG/run")-byte note without spaces" 0 \
  "$CLI" report "$LONG/b.xml" --lang nl -o "$LONG/b.pdf"
whole_run "…the note" "$LONG/b.pdf" "$LONG/run"

words $((20000 / scale)) '\n' >"$LONG/lines"
long_assessment "$LONG/c.xml" "$LONG/m" "$LONG/t" "$LONG/name" "$LONG/role" "$LONG/lines" \
  "$LONG/lines"
check_status "report of a $(wc -l <"$LONG/lines")-line note and action" 0 \
  "$CLI" report "$LONG/c.xml" --lang fr -o "$LONG/c.pdf"
every_word "…the lines" "$LONG/c.pdf" "$LONG/lines"

run $((100000 / scale)) >"$LONG/title"
long_assessment "$LONG/d.xml" "$LONG/m" "$LONG/title" "$LONG/name" "$LONG/role" "$LONG/note" \
  "$LONG/action"
check_status "report with a $(wc -c <"$LONG/title")-byte title without spaces" 0 \
  "$CLI" report "$LONG/d.xml" --lang en -o "$LONG/d.pdf"
whole_run "…the title" "$LONG/d.pdf" "$LONG/title"

words $((30000 / scale)) ' ' >"$LONG/role-long"
words $((8000 / scale)) ' ' | sed 's/w/n/g' >"$LONG/name-long"
long_assessment "$LONG/e.xml" "$LONG/m" "$LONG/t" "$LONG/name-long" "$LONG/role-long" \
  "$LONG/note" "$LONG/action"
check_status "report with a member's long role and name" 0 \
  "$CLI" report "$LONG/e.xml" --lang nl -o "$LONG/e.pdf"
every_word "…the role" "$LONG/e.pdf" "$LONG/role-long"
every_word "…the name" "$LONG/e.pdf" "$LONG/name-long"

# Table cells: the municipalities' names in the comparison report's tables.
words $((6000 / scale)) ' ' | sed 's/w/m/g' >"$LONG/m-long"
long_assessment "$LONG/f.xml" "$LONG/m-long" "$LONG/t" "$LONG/name" "$LONG/role" "$LONG/note" \
  "$LONG/action"
check_status "comparison report with a long municipality name in its tables" 0 \
  "$CLI" report "$LONG/f.xml" "$SRC/data/samples/town-2026.xml" --lang nl -o "$LONG/f.pdf"
every_word "…the name in the cells" "$LONG/f.pdf" "$LONG/m-long"

# Bidirectional controls left open in a file's texts stay inside them: the report's own
# words, running header and page numbers read in order on every page.
printf 'Heuvel\342\200\256molen' >"$LONG/m-bidi"
printf 'Titel \342\200\253scan' >"$LONG/t-bidi"
printf 'Jan \342\200\256Peeters' >"$LONG/name-bidi"
printf 'Nota \342\200\256omgekeerd\ntweede \342\201\247regel' >"$LONG/note-bidi"
printf 'Actie \342\200\253tekst \342\201\247verder' >"$LONG/action-bidi"
long_assessment "$LONG/g.xml" "$LONG/m-bidi" "$LONG/t-bidi" "$LONG/name-bidi" "$LONG/role" \
  "$LONG/note-bidi" "$LONG/action-bidi"
for lang in nl fr; do
  check_status "report ($lang) of texts with U+202E, U+202B and U+2067 left open" 0 \
    "$CLI" report "$LONG/g.xml" --lang $lang -o "$LONG/g-$lang.pdf"
  pdftotext "$LONG/g-$lang.pdf" "$LONG/g-$lang.txt"
  pages=$(pdfinfo "$LONG/g-$lang.pdf" | awk '/^Pages:/ { print $2 }')
  if [ $lang = nl ]; then
    footer="^Pagina [0-9]+ van $pages\$"
    header=' — Rapport zelfevaluatie LIVC-R$'
    stage='^Totale score: .* · Fase: .* · Volledigheid: '
    spread='4 — Geborgd \(consensus van het team\)'
    member='^1 +Jan .* — Coördinator$'
    action='Bezig'
  else
    footer="^Page [0-9]+ sur $pages\$"
    header=' — Rapport d’autoévaluation de la CSIL-R$'
    stage='^Score global : .* · Phase : .* · '
    spread='4 — Consolidé \(consensus de l’équipe\)'
    member='^1 +Jan .* — Coordinateur$'
    action='En cours'
  fi
  got=$(grep -cE "$footer" "$LONG/g-$lang.txt")
  if [ "$got" -eq $((pages - 1)) ]; then
    ok "…every page's number in order ($lang)"
  else
    not_ok "…every page's number in order ($lang)" "$got of $((pages - 1))"
  fi
  got=$(grep -cE -- "$header" "$LONG/g-$lang.txt")
  if [ "$got" -eq $((pages - 1)) ]; then
    ok "…every running header in order ($lang)"
  else
    not_ok "…every running header in order ($lang)" "$got of $((pages - 1))" \
      "$(grep -m1 -E 'molen' "$LONG/g-$lang.txt")"
  fi
  # A table cell's text may wrap: its pattern is looked for in the text as one line.
  tr '\n' ' ' <"$LONG/g-$lang.txt" | tr -s ' ' >"$LONG/g-$lang.joined"
  for pattern in "$spread" "$action"; do
    if grep -qE -- "$pattern" "$LONG/g-$lang.joined"; then
      ok "…“$pattern” in a table ($lang)"
    else
      not_ok "…“$pattern” in a table ($lang)"
    fi
  done
  for pattern in "$stage" "$member"; do
    if grep -qE -- "$pattern" "$LONG/g-$lang.txt"; then
      ok "…“$pattern” in order ($lang)"
    else
      not_ok "…“$pattern” in order ($lang)" "$(grep -m2 -E 'Jan|a1' "$LONG/g-$lang.txt")"
    fi
  done
done

# Merge keeps every member's text, each labelled with its member, in the order given;
# texts that are substrings of another's are kept too, and a merge of a merge does not
# label them twice.
MT="$TMP/merge-texts"
mkdir -p "$MT"
# member FILE NOTE EVIDENCE: a member's file answering a1 (value 3) with these texts.
member () {
  cat >"$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality nis="99001">Testdorp</municipality>
  <date>2026-10-03</date>
  <answer item="a1" value="${4:-3}">
    <note>$2</note>${3:+
    <evidence>$3</evidence>}
  </answer>
</assessment>
XML
}
member "$MT/anna.xml" "not ok at all: the schools were not told" "minutes of the council"
member "$MT/bob.xml" "ok" "minutes"
member "$MT/carl.xml" "schools" ""
member "$MT/dirk.xml" "not ok at all: the schools were not told" ""
check_status "merge of notes that are substrings of another" 0 "$CLI" merge "$MT/anna.xml" \
  "$MT/bob.xml" "$MT/carl.xml" "$MT/dirk.xml" -o "$MT/team.xml"
for text in "anna: not ok at all: the schools were not told" "bob: ok" "carl: schools" \
            "dirk: not ok at all: the schools were not told" "anna: minutes of the council" \
            "bob: minutes"; do
  contains "…keeps “$text”" "$MT/team.xml" "$text"
done
order=$(grep -oE '(anna|bob|carl|dirk): (ok|not ok|schools)' "$MT/team.xml" | cut -d: -f1 |
  tr '\n' ' ')
if [ "$order" = "anna bob carl dirk " ]; then
  ok "…in the order of the files"
else
  not_ok "…in the order of the files" "$order"
fi
member "$MT/emma.xml" "ok" ""
check_status "merge of the merged file with another member" 0 "$CLI" merge "$MT/team.xml" \
  "$MT/emma.xml" -o "$MT/team2.xml"
labels=$(grep -c 'team.xml: \|anna: anna\|bob: bob' "$MT/team2.xml")
if [ "$labels" -eq 0 ]; then
  ok "…labels nothing twice"
else
  not_ok "…labels nothing twice" "$(grep -n 'team.xml: ' "$MT/team2.xml" | head -3)"
fi
contains "…and keeps the new member's text" "$MT/team2.xml" "emma: ok"
if [ "$(grep -c 'bob: ok' "$MT/team2.xml")" -eq 1 ]; then
  ok "…and each earlier text once"
else
  not_ok "…and each earlier text once"
fi
check_status "…and the result validates" 0 "$CLI" validate -q "$Q" "$MT/team2.xml"

# Merge refuses files of other questionnaire versions, the same file given twice under
# any name, and an output that is one of its inputs (unless --force).
echo old >"$MT/keep.xml"
check_status "merge of two questionnaire versions is refused" 1 "$CLI" merge \
  "$FILES/scoring-a.xml" \
  "$FILES/compare/testdorp-2027.xml" -o "$MT/keep.xml"
contains "…saying which versions" "$TMP/err" "version 1.3 of the questionnaire “scoring”"
contains "…and writes nothing" "$MT/keep.xml" "old"
cp "$MT/anna.xml" "$MT/anna-copy-dir.xml"
mkdir -p "$MT/sub"
cp "$MT/anna.xml" "$MT/sub/anna.xml"
ln -sf "$MT/anna.xml" "$MT/anna-link.xml"
for second in "$MT/./anna.xml" "$MT/sub/../anna.xml" "$MT/anna-link.xml" "$MT/sub/anna.xml"; do
  check_status "the same file twice is refused ($(basename "$second"))" 1 "$CLI" merge \
    "$MT/anna.xml" "$MT/bob.xml" "$second" -o "$MT/keep.xml"
  contains "…with a message" "$TMP/err" "are the same file"
done
cp "$FILES/merge/team-1.xml" "$MT/team-copy.xml"
check_status "a copy of a team file is refused" 1 "$CLI" merge "$FILES/merge/team-1.xml" \
  "$MT/team-copy.xml" -o "$MT/keep.xml"
contains "…and nothing was written" "$MT/keep.xml" "old"
member "$MT/frank.xml" "ok" "minutes"
check_status "two members who answered alike are two members" 0 "$CLI" merge "$MT/bob.xml" \
  "$MT/frank.xml" -o "$MT/alike.xml"
contains "…both kept" "$MT/alike.xml" 'participant="frank"'
cp "$MT/bob.xml" "$MT/bob-before.xml"
check_status "merge -o onto one of its inputs is refused" 1 "$CLI" merge "$MT/bob.xml" \
  "$MT/carl.xml" -o "$MT/bob.xml"
contains "…naming it and --force" "$TMP/err" "--force"
if cmp -s "$MT/bob.xml" "$MT/bob-before.xml"; then
  ok "…and the input is untouched"
else
  not_ok "…and the input is untouched"
fi
check_status "…also through a symlink" 1 "$CLI" merge "$MT/anna.xml" "$MT/carl.xml" -o \
  "$MT/anna-link.xml"
check_status "export-csv -o onto its input is refused" 1 "$CLI" export-csv "$MT/bob.xml" -o \
  "$MT/bob.xml"
if cmp -s "$MT/bob.xml" "$MT/bob-before.xml"; then
  ok "…and the input is untouched"
else
  not_ok "…and the input is untouched"
fi
cp "$Q" "$MT/q.xml"
check_status "report -o onto its questionnaire is refused" 1 "$CLI" report "$FILES/scoring-a.xml" \
  -q "$MT/q.xml" -o "$MT/q.xml"
if cmp -s "$Q" "$MT/q.xml"; then
  ok "…and the questionnaire is untouched"
else
  not_ok "…and the questionnaire is untouched"
fi
cp "$FILES/scoring-b.xml" "$MT/b.xml"
check_status "compare -o onto one of its inputs is refused" 1 "$CLI" compare \
  "$FILES/scoring-a.xml" \
  "$MT/b.xml" -q "$Q" --format csv -o "$MT/b.xml"
if cmp -s "$FILES/scoring-b.xml" "$MT/b.xml"; then
  ok "…and the input is untouched"
else
  not_ok "…and the input is untouched"
fi
check_status "merge -o onto an input with --force" 0 "$CLI" merge "$MT/bob.xml" "$MT/carl.xml" \
  -o "$MT/bob.xml" --force
contains "…replaces it" "$MT/bob.xml" 'participant="carl"'

# Member ids are the same in every locale: Turkish case rules made "lse" of "Ilse".
if locale -a 2>/dev/null | grep -qix 'tr_TR.utf8'; then
  for name in Ilse Ivan Iris; do member "$MT/$name.xml" "ok" ""; done
  check_status "merge under tr_TR.UTF-8" 0 env LC_ALL=tr_TR.UTF-8 "$CLI" merge "$MT/Ilse.xml" \
    "$MT/Ivan.xml" "$MT/Iris.xml" -o "$MT/tr.xml"
  for id in ilse ivan iris; do contains "…gives the id $id" "$MT/tr.xml" \
    "<participant id=\"$id\">"; done
else
  n=$((n + 1)); echo \
    "ok $n - # SKIP merge under tr_TR.UTF-8: locale not generated (build-aux/dev.sh generates it)"
fi

# A large extension element with ">" in its texts is written back whole (each text under
# the 1 MiB limit of one text).
python3 - "$MT/big.xml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<assessment xmlns="urn:livc-scan:assessment:1" '
            'questionnaire="scoring" questionnaire-version="1.2">\n'
            '  <municipality>Testdorp</municipality>\n'
            '  <date>2026-10-03</date>\n  <answer item="a1" value="2"/>\n'
            '  <x:log xmlns:x="urn:example:log" x:kind="a&gt;b">'
            + ('<x:p>' + '->' * 500000 + '</x:p>') * 5 + '</x:log>\n</assessment>\n')
PY
check_status "merge of a 5 MB extension element full of “>”" 0 "$CLI" merge "$MT/big.xml" \
  "$MT/bob.xml" -o "$MT/big-team.xml"
kept=$(grep -o -- '->' "$MT/big-team.xml" | wc -l)
if [ "$kept" -eq 2500000 ]; then
  ok "…writes every byte of it back"
else
  not_ok "…writes every byte of it back" "$kept of 2500000 arrows"
fi
check_status "…and the result opens" 0 "$CLI" validate -q "$Q" "$MT/big-team.xml"
python3 - "$MT/big2.xml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<assessment xmlns="urn:livc-scan:assessment:1" '
            'questionnaire="scoring" questionnaire-version="1.2">\n'
            '  <municipality>Testdorp</municipality>\n'
            '  <date>2026-10-04</date>\n  <answer item="a1" value="3"/>\n'
            '  <x:log xmlns:x="urn:example:log">' + ('<x:p>' + 'x' * 1000000 + '</x:p>') * 15
            + '</x:log>\n</assessment>\n')
PY
echo old >"$MT/keep.xml"
check_status "a merge too large to open again fails" 1 "$CLI" merge "$MT/big.xml" "$MT/big2.xml" \
  -o "$MT/keep.xml"
contains "…saying so" "$TMP/err" "more than the 16 MiB"
contains "…and writes nothing" "$MT/keep.xml" "old"

# Output targets: a symlink is written through to its file; a folder, a FIFO, a socket
# or a device is refused and stays what it was.
OT="$TMP/targets"
mkdir -p "$OT/real"
echo before >"$OT/real/out.csv"
ln -s real/out.csv "$OT/link.csv"
check_status "export-csv -o a symlink to a file" 0 "$CLI" export-csv "$FILES/scoring-a.xml" -o \
  "$OT/link.csv"
if [ -L "$OT/link.csv" ]; then ok "…keeps the symlink"; else not_ok "…keeps the symlink"; fi
contains "…and writes the file it names" "$OT/real/out.csv" "file,municipality"
ln -s real/new.xml "$OT/dangling.xml"
check_status "merge -o a symlink to a file not yet there" 0 "$CLI" merge "$MT/bob.xml" -o \
  "$OT/dangling.xml"
if [ -L "$OT/dangling.xml" ] && [ -f "$OT/real/new.xml" ]; then
  ok "…creates the file it names"
else
  not_ok "…creates the file it names"
fi
mkfifo "$OT/fifo"
ln -s fifo "$OT/fifo-link"
mkdir "$OT/folder.pdf"
python3 -c 'import socket, sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$OT/socket"
special=("$OT/fifo" "$OT/fifo-link" "$OT/folder.pdf" "$OT/socket")
if mknod "$OT/null" c 1 3 2>/dev/null; then special+=("$OT/null"); else
  n=$((n + 1)); echo "ok $n - # SKIP -o a character device: mknod is not permitted here"; fi
for target in "${special[@]}"; do
  kind=$(stat -c %F "$target")
  cmds=("merge $MT/bob.xml" "export-csv $FILES/scoring-a.xml"
        "compare $FILES/scoring-a.xml -q $Q --format csv")
  # The reports (slow under valgrind) on the FIFO and the device.
  case "$kind" in fifo|character*) cmds+=("report $FILES/scoring-a.xml -q $Q" \
    "report $FILES/scoring-a.xml -q $Q --format png");; esac
  for cmd in "${cmds[@]}"; do
    # shellcheck disable=SC2086
    check_status "${cmd%% *} -o $(basename "$target") ($kind) is refused" 1 timeout 60 "$CLI" \
      $cmd -o "$target"
    contains "…naming it" "$TMP/err" "$target"
    if [ "$(stat -c %F "$target")" = "$kind" ]; then
      ok "…and it is still a $kind"
    else
      not_ok "…and it is still a $kind" "now $(stat -c %F "$target")"
    fi
  done
done

# Spreadsheet formulas in texts are neutralised in every CSV; numbers stay numbers.
cat >"$TMP/formula.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality nis="99001">=cmd|' /C calc'!A0</municipality>
  <municipality>@SUM(1+1)</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="2">
    <note>=HYPERLINK("http://example.invalid","click")</note>
  </answer>
  <answer item="a2" value="3"><note>+1+2</note></answer>
  <answer item="b1" value="4"><note>-2+3</note></answer>
  <answer item="b2" value="1"><note>&#9;=1+1</note></answer>
  <answer item="b3" value="2"><note>&#13;=1+1</note></answer>
  <answer item="c1" value="na"><note>a = b, not a formula</note></answer>
</assessment>
XML
# qhome DIR Q.xml: a data folder in which export-csv finds that questionnaire.
qhome () {
  mkdir -p "$1/livc-scan/questionnaires"
  cp "$2" "$1/livc-scan/questionnaires/q.xml"
}
qhome "$TMP/q-scoring" "$Q"
check_status "export-csv of texts that look like formulas" 0 env XDG_DATA_HOME="$TMP/q-scoring" \
  "$CLI" export-csv "$TMP/formula.xml" -o "$TMP/formula.csv"
contains "…a municipality starting with = gets a quote" "$TMP/formula.csv" \
  "\"'=cmd|' /C calc'!A0; @SUM(1+1)\""
contains "…a note starting with =" "$TMP/formula.csv" \
  "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\""
contains "…a note starting with +" "$TMP/formula.csv" ",\"'+1+2\""
contains "…a note starting with -" "$TMP/formula.csv" ",\"'-2+3\""
contains "…a note starting with a tab" "$TMP/formula.csv" ",\"'	=1+1\""
contains "…a note that only holds = later is left alone" "$TMP/formula.csv" \
  ',"a = b, not a formula"'
if grep -qE '(^|,)[=+@-]' "$TMP/formula.csv"; then
  not_ok "…no cell starts with a formula character" \
    "$(grep -nE '(^|,)[=+@-]' "$TMP/formula.csv" | head -3)"
else
  ok "…no cell starts with a formula character"
fi
check_status "compare -o CSV of the same" 0 "$CLI" compare "$TMP/formula.xml" -q "$Q" -o \
  "$TMP/formula-cmp.csv"
contains "…neutralises the municipality" "$TMP/formula-cmp.csv" \
  "\"'=cmd|' /C calc'!A0; @SUM(1+1)\""
# Bidirectional controls left open in a municipality and in notes: every CSV isolates the
# cell, so that the cells after it keep their order where the line is read as text.
rlo=$'\u202e' rle=$'\u202b' rli=$'\u2067' fsi=$'\u2068' pdi=$'\u2069' pdf=$'\u202c'
cat >"$TMP/bidi.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality nis="99001">Gent${rlo}</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="2"><note>${rle}open embedding</note></answer>
  <answer item="a2" value="3"><note>an ${rli}open isolate, then ${rlo}an override</note></answer>
  <answer item="b1" value="4"><note>plain</note></answer>
</assessment>
XML
check_status "export-csv of texts with open bidi controls" 0 env XDG_DATA_HOME="$TMP/q-scoring" \
  "$CLI" export-csv "$TMP/bidi.xml" -o "$TMP/bidi.csv"
contains "…isolates the municipality" "$TMP/bidi.csv" ",${fsi}Gent${rlo}${pdf}${pdi},2026-11-21,"
contains "…and a note with an embedding" "$TMP/bidi.csv" ",${fsi}${rle}open embedding${pdf}${pdi}"
contains "…and one with an isolate and an override" "$TMP/bidi.csv" \
  ",\"${fsi}an ${rli}open isolate, then ${rlo}an override${pdf}${pdi}${pdi}\""
contains "…leaves a plain note as it is" "$TMP/bidi.csv" ",4,,plain"
check_status "compare -o CSV of the same" 0 "$CLI" compare "$TMP/bidi.xml" -q "$Q" -o \
  "$TMP/bidi-cmp.csv"
contains "…isolates the municipality" "$TMP/bidi-cmp.csv" \
  ",${fsi}Gent${rlo}${pdf}${pdi},2026-11-21,"

# The excel dialect: ';', a byte-order mark, CRLF; the same neutralisation.
check_status "export-csv --csv-dialect excel" 0 env XDG_DATA_HOME="$TMP/q-scoring" \
  "$CLI" export-csv "$TMP/formula.xml" --csv-dialect excel -o "$TMP/formula-excel.csv"
if [ "$(head -c 3 "$TMP/formula-excel.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then
  ok "…starts with a UTF-8 byte-order mark"
else
  not_ok "…starts with a UTF-8 byte-order mark" "$(head -c 16 "$TMP/formula-excel.csv" | od -c)"
fi
contains "…separates with ';' and ends lines with CRLF" "$TMP/formula-excel.csv" \
  "file;municipality;date;domain;item;basis;weight;value;participant;note"$'\r'
if [ "$(grep -c $'\r$' "$TMP/formula-excel.csv")" = "$(wc -l <"$TMP/formula-excel.csv")" ]; then
  ok "…every line ends with CRLF"
else
  not_ok "…every line ends with CRLF"
fi
contains "…neutralises the municipality" "$TMP/formula-excel.csv" \
  ";\"'=cmd|' /C calc'!A0; @SUM(1+1)\";2026-11-21;a;a1;legal;2;2;;"
check_status "compare --csv-dialect excel" 0 "$CLI" compare "$TMP/formula.xml" -q "$Q" \
  --csv-dialect excel -o "$TMP/formula-cmp-excel.csv"
contains "…writes the same rows with ';'" "$TMP/formula-cmp-excel.csv" \
  ";\"'=cmd|' /C calc'!A0; @SUM(1+1)\";2026-11-21;a;"
check_status "compare --csv-dialect excel of two municipalities" 0 "$CLI" compare \
  "$FILES/scoring-b.xml" -q "$Q" --csv-dialect excel -o "$TMP/joint-excel.csv"
contains "…quotes a cell holding ';' and keeps '.' in numbers" "$TMP/joint-excel.csv" \
  ";\"Testdorp; Proefstad\";2025-03-01;a;6.3;start"$'\r'
check_status "--csv-dialect with another name is a usage error" 2 \
  "$CLI" export-csv "$FILES/scoring-a.xml" --csv-dialect semicolon -o "$TMP/x.csv"
check_status "--csv-dialect with a spreadsheet is a usage error" 2 \
  "$CLI" compare "$FILES/scoring-a.xml" -q "$Q" --csv-dialect excel -o "$TMP/x.ods"
check_status "export-csv to another extension writes CSV, as it always did" 0 \
  "$CLI" export-csv "$FILES/scoring-a.xml" -o "$TMP/x.xls"
contains "…the CSV" "$TMP/x.xls" "file,municipality,date,domain,item"
check_status "actions --lang de is a usage error" 2 \
  "$CLI" actions "$T24" --lang de -o "$TMP/x.csv"

# actions: the plans, numbered, items as people say them, overdue against today.
cat >"$TMP/plan.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality nis="99001">=cmd|' /C calc'!A0</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="2"/>
  <action id="x1" domain="a" item="a2" owner="+Owner" due="2001-02-03" status="open">=1+1</action>
  <action id="x2" domain="b" owner="Team" due="2099-12-31" status="doing">Later, "quoted"</action>
  <action id="x3" domain="b" item="b1" due="2001-01-01" status="done">Done long ago</action>
</assessment>
XML
check_status "actions to CSV" 0 "$CLI" actions "$TMP/plan.xml" -q "$Q" -o "$TMP/plan.csv"
contains "…has the header of the contract" "$TMP/plan.csv" \
  "file,municipality,date,number,action,domain,item,owner,due,status,overdue"
contains "…an overdue action with texts neutralised" "$TMP/plan.csv" \
  ",\"'=cmd|' /C calc'!A0\",2026-11-21,1,\"'=1+1\",a,1.2,\"'+Owner\",2001-02-03,open,yes"
contains "…one due later" "$TMP/plan.csv" \
  ",2,\"Later, \"\"quoted\"\"\",b,,Team,2099-12-31,doing,no"
contains "…one done" "$TMP/plan.csv" ",3,Done long ago,b,2.1,,2001-01-01,done,no"
check_status "actions of a file that is not an assessment fails" 1 \
  "$CLI" actions "$Q" -o "$TMP/plan.csv"
contains "…and leaves the earlier output" "$TMP/plan.csv" "Done long ago"
mkdir -p "$TMP/dir.ods"
check_status "actions to a folder fails" 1 "$CLI" actions "$TMP/plan.xml" -q "$Q" -o "$TMP/dir.ods"
# anonymise: a marker in every field that may hold free text, none of them in any byte of
# the copies; what may be pooled is kept, and scores stay what they were.
mkdir -p "$TMP/members"
cat >"$TMP/members/zqxmarker-member.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" xmlns:x="urn:example:zqxmarker-ns"
            questionnaire="scoring" questionnaire-version="1.2" x:mark="ZQXMARKER-root">
  <municipality nis="99001" x:mark="ZQXMARKER-municipality">Testdorp</municipality>
  <date>2026-11-21</date>
  <title>ZQXMARKER-title</title>
  <participants x:mark="ZQXMARKER-participants">
    <participant id="zqxmarker-anna" role="coordinator">ZQXMARKER-Anna Peeters</participant>
    <participant id="zqxmarker-bob" role="police" x:mark="ZQXMARKER-p">ZQXMARKER-Bob</participant>
  </participants>
  <answer item="a1" value="2" x:mark="ZQXMARKER-answer">
    <rating participant="zqxmarker-anna" value="2"/>
    <rating participant="zqxmarker-bob" value="4" x:mark="ZQXMARKER-rating"/>
    <note x:mark="ZQXMARKER-note-attribute">ZQXMARKER-note</note>
    <evidence>ZQXMARKER-evidence</evidence>
    <x:extra>ZQXMARKER-foreign-in-answer</x:extra>
  </answer>
  <answer item="b1"><rating participant="zqxmarker-bob" value="3"/></answer>
  <answer item="zz-unknown" value="1"><note>ZQXMARKER-unknown-item-note</note></answer>
  <action id="zqxmarker-act" domain="a" item="a2" owner="ZQXMARKER-owner" due="2027-01-01"
          status="doing" x:mark="ZQXMARKER-action-attribute">ZQXMARKER-action</action>
  <x:free x:mark="ZQXMARKER-foreign-attribute">ZQXMARKER-foreign-element</x:free>
</assessment>
XML
check_status "anonymise" 0 env XDG_DATA_HOME="$TMP/q-scoring" \
  "$CLI" anonymise "$TMP/members/zqxmarker-member.xml" "$T24" -o "$TMP/anon"
contains "…prints each input and its copy" "$TMP/out" \
  "$TMP/members/zqxmarker-member.xml → $TMP/anon/99001-2026-11-21.xml"
if grep -rail zqxmarker "$TMP/anon" >"$TMP/leaks" || ls "$TMP/anon" | grep -qi zqxmarker; then
  not_ok "…no removed text survives in any byte of the copies" \
    "$(grep -raio 'zqxmarker[^"<]*' "$TMP/anon" | head -5)"
else
  ok "…no removed text survives in any byte of the copies"
fi
A1="$TMP/anon/99001-2026-11-21.xml"
contains "…keeps the questionnaire and its version" "$A1" \
  'questionnaire="scoring" questionnaire-version="1.2"'
contains "…keeps the municipality and its NIS code" "$A1" \
  '<municipality nis="99001">Testdorp</municipality>'
contains "…keeps the date" "$A1" "<date>2026-11-21</date>"
contains "…keeps the roles" "$A1" '<participant id="p2" role="police">p2</participant>'
contains "…keeps the ratings" "$A1" '<rating participant="p2" value="4"/>'
contains "…keeps an action's item, due date and status" "$A1" \
  '<action id="a1" domain="a" item="a2" due="2027-01-01" status="doing"/>'
check_status "…the copies validate" 0 env XDG_DATA_HOME="$TMP/q-scoring" \
  "$CLI" validate "$A1" "$TMP/anon/99041-2024-05-15.xml"
for pair in "$TMP/members/zqxmarker-member.xml:$A1" "$T24:$TMP/anon/99041-2024-05-15.xml"; do
  XDG_DATA_HOME="$TMP/q-scoring" "$CLI" score --format csv "${pair%%:*}" \
    >"$TMP/score-in" 2>/dev/null
  XDG_DATA_HOME="$TMP/q-scoring" "$CLI" score --format csv "${pair#*:}" \
    >"$TMP/score-out" 2>/dev/null
  if cmp -s "$TMP/score-in" "$TMP/score-out" && grep -q overall "$TMP/score-in"; then
    ok "…$(basename "${pair#*:}") scores as its original"
  else
    not_ok "…$(basename "${pair#*:}") scores as its original" "$(diff "$TMP/score-in" \
      "$TMP/score-out" | head -4)"
  fi
done
check_status "anonymise of an invalid file fails" 1 \
  "$CLI" anonymise "$T24" "$FILES/hostile/$(ls "$FILES/hostile" | grep -m1 '\.xml$')" \
  -o "$TMP/anon-bad"
if [ -z "$(ls -A "$TMP/anon-bad" 2>/dev/null)" ]; then
  ok "…and writes no copy at all"
else
  not_ok "…and writes no copy at all" "$(ls "$TMP/anon-bad")"
fi
check_status "anonymise without -o is a usage error" 2 "$CLI" anonymise "$T24"
check_status "anonymise into a file fails" 1 "$CLI" anonymise "$T24" -o "$TMP/x.xls"
check_status "anonymise of two sessions of one municipality on one day" 0 \
  "$CLI" anonymise "$T24" "$T24" -o "$TMP/anon-twice"
contains "…numbers the second copy" "$TMP/out" "$TMP/anon-twice/99041-2024-05-15-2.xml"

# A scale below zero: its negative levels are numbers, not neutralised.
sed 's|<level value="1">|<level value="-2">|; s|<level value="2">|<level value="-1">|' "$Q" \
  >"$TMP/negative-q.xml"
cat >"$TMP/negative.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality>-Minus</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="-2"/>
  <answer item="a2" value="-1"/>
</assessment>
XML
qhome "$TMP/q-negative" "$TMP/negative-q.xml"
check_status "export-csv with a negative level" 0 env XDG_DATA_HOME="$TMP/q-negative" \
  "$CLI" export-csv "$TMP/negative.xml" -o "$TMP/negative.csv"
contains "…writes it as a number" "$TMP/negative.csv" ",\"'-Minus\",2026-11-21,a,a1,legal,2,-2,,"
contains "…and another" "$TMP/negative.csv" ",a,a2,practice,1,-1,,"

# Weights are exact in export-csv: the score recomputed from its rows is score's.
sed 's|<item id="a1" scale="five" weight="2" |<item id="a1" scale="five" weight="0.001" |;
     s|<item id="a2" scale="five">|<item id="a2" scale="five" weight="0.125">|;
     s|<item id="a4" scale="three">|<item id="a4" scale="three" \
       weight="0.3333333333333333">|' "$Q" >"$TMP/weights-q.xml"
cat >"$TMP/weights.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality>Testdorp</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="5"/>
  <answer item="a2" value="2"/>
  <answer item="a4" value="10"/>
</assessment>
XML
qhome "$TMP/q-weights" "$TMP/weights-q.xml"
check_status "export-csv of tiny and uneven weights" 0 env XDG_DATA_HOME="$TMP/q-weights" \
  "$CLI" export-csv "$TMP/weights.xml" -o "$TMP/weights.csv"
contains "…0.001 stays 0.001" "$TMP/weights.csv" ",a,a1,legal,0.001,5,"
contains "…0.125 stays 0.125" "$TMP/weights.csv" ",a,a2,practice,0.125,2,"
contains "…a third keeps its digits" "$TMP/weights.csv" ",a,a4,practice,0.3333333333333333,10,"
# Domain a: a1 on 1–5 (s = (v-1)/4), a2 on 1–5, a4 on 0–20 (s = v/20).
recomputed=$(awk -F, 'NR > 1 && $4 == "a" && $9 == "" {
    s = ($5 == "a4") ? $8 / 20 : ($8 - 1) / 4; sw += $7 * s; w += $7 }
  END { printf "%.1f", 100 * sw / w }' "$TMP/weights.csv")
"$CLI" score "$TMP/weights.xml" -q "$TMP/weights-q.xml" --format csv >"$TMP/weights-score.csv" \
  2>/dev/null
scored=$(awk -F, '$1 == "a" { print $2 }' "$TMP/weights-score.csv")
if [ -n "$scored" ] && [ "$recomputed" = "$scored" ]; then
  ok "the score recomputed from export-csv is score's ($scored)"
else
  not_ok "the score recomputed from export-csv is score's" "recomputed $recomputed, score $scored"
fi

# Every output is the same bytes under decimal-comma locales as under C.UTF-8.
# (Run without LIVC_CLI_WRAP: these runs compare bytes; every command already ran above.)
run_all () {
  local dir=$1 loc=$2 lang CLI=$LIVC_SCAN_CLI
  mkdir -p "$dir"
  (
    export LC_ALL=$loc LANGUAGE=en
    "$CLI" validate "$Q" "$FILES/scoring-a.xml" -q "$Q" >"$dir/validate.txt" 2>&1
    "$CLI" score "$FILES/scoring-b.xml" -q "$Q" --format text --lang en >"$dir/score.txt" 2>&1
    "$CLI" score "$FILES/scoring-b.xml" -q "$Q" --format csv >"$dir/score.csv" 2>&1
    "$CLI" score "$TMP/weights.xml" -q "$TMP/weights-q.xml" --format csv \
      >"$dir/weights-score.csv" 2>&1
    for lang in nl fr en nl+fr; do
      "$CLI" report "$SAMPLE" --lang "$lang" -o "$dir/report-$lang.pdf" 2>>"$dir/err.txt"
      "$CLI" report "$SAMPLE" --lang "$lang" --format png -o "$dir/radar-$lang.png" \
        2>>"$dir/err.txt"
      "$CLI" compare "$T24" "$T26" --lang "$lang" -o "$dir/compare-$lang.pdf" 2>>"$dir/err.txt"
    done
    "$CLI" compare "$T24" "$T26" -o "$dir/compare.csv" 2>>"$dir/err.txt"
    "$CLI" compare "$T24" "$T26" --lang en -o "$dir/compare.png" 2>>"$dir/err.txt"
    XDG_DATA_HOME="$TMP/q-weights" "$CLI" export-csv "$TMP/weights.xml" -o "$dir/weights.csv" \
      2>>"$dir/err.txt"
    "$CLI" export-csv "$T24" "$T26" -o "$dir/export.csv" 2>>"$dir/err.txt"
    "$CLI" export-csv "$T24" "$T26" --csv-dialect excel -o "$dir/export-excel.csv" \
      2>>"$dir/err.txt"
    "$CLI" actions "$T24" "$T26" --lang nl -o "$dir/actions.csv" 2>>"$dir/err.txt"
    XDG_DATA_HOME="$TMP/q-scoring" "$CLI" merge "$MT/anna.xml" "$MT/carl.xml" -o "$dir/merge.xml" \
      2>>"$dir/err.txt"
    "$CLI" questionnaires >"$dir/questionnaires.txt" 2>&1
  )
}
run_all "$TMP/loc-C" C.UTF-8
for loc in nl_BE.UTF-8 fr_BE.UTF-8; do
  if ! locale -a 2>/dev/null | grep -qix "${loc/UTF-8/utf8}"; then
    n=$((n + 1)); echo \
      "ok $n - # SKIP outputs under $loc: locale not generated (build-aux/dev.sh generates it)"
    continue
  fi
  run_all "$TMP/loc-$loc" "$loc"
  n_files=0 differ=""
  for f in "$TMP/loc-C"/*; do
    n_files=$((n_files + 1))
    cmp -s "$f" "$TMP/loc-$loc/$(basename "$f")" || differ="$differ $(basename "$f")"
  done
  if [ -z "$differ" ] && [ "$n_files" -ge 20 ]; then
    ok "$n_files outputs are byte-identical under $loc and C.UTF-8"
  else
    # Where they differ, and how: the first differing byte and the first changed lines.
    not_ok "outputs are byte-identical under $loc and C.UTF-8" "differ:$differ ($n_files files)" \
      "$(for f in $differ; do
           cmp "$TMP/loc-C/$f" "$TMP/loc-$loc/$f" 2>&1
           diff -a "$TMP/loc-C/$f" "$TMP/loc-$loc/$f" 2>&1 | head -6 | cut -c1-160
         done | sed 's/^/# /')"
    if [ -n "${LIVC_KEEP_DIR:-}" ]; then cp -r "$TMP/loc-C" "$TMP/loc-$loc" "$LIVC_KEEP_DIR/"; fi
  fi
done
if grep -a '/Rect \[' "$TMP/loc-C/report-en.pdf" | grep -q ','; then
  not_ok "PDF link rectangles use '.'"
else
  ok "PDF link rectangles use '.'"
fi
if [ -s "$TMP/loc-C/err.txt" ]; then
  not_ok "no command failed in the locale runs" "$(head -3 "$TMP/loc-C/err.txt")"
else
  ok "no command failed in the locale runs"
fi

tap_done
