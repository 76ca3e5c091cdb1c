#!/usr/bin/env bash
# test-office.sh: the spreadsheets of compare, export-csv and actions as a real office suite
# reads them. LibreOffice (headless) opens every ODS and XLSX and gives back, as CSV, the
# values of the CSV of the same run: numbers as numbers, dates as dates (checked on its
# own flat ODS of each), texts that look like formulas as text; headers in the chosen
# language, the autofilter it finds; the frozen header row in the packages themselves;
# the questionnaire's authoring spreadsheet saved by LibreOffice and imported again.
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck source=tests/cli/cli-env.sh
. "$(dirname "$0")/cli-env.sh"

SOFFICE=$(command -v soffice || command -v libreoffice || true)
if [ -z "$SOFFICE" ]; then
  skip "spreadsheets read by LibreOffice" "soffice is not installed (libreoffice-calc-nogui)"
  tap_done
fi

Q="$FILES/scoring-q.xml"
T24="$SRC/data/samples/town-2024.xml"
T26="$SRC/data/samples/town-2026.xml"
JOINT="$SRC/data/samples/joint-cell-individual.xml"

# Texts a spreadsheet would run as formulas, in every column that holds text.
cat >"$TMP/formula.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2">
  <municipality nis="99001">=cmd|' /C calc'!A0</municipality>
  <date>2026-11-21</date>
  <answer item="a1" value="2">
    <note>=HYPERLINK("http://example.invalid","click")</note>
  </answer>
  <answer item="a2" value="3"><note>+1+2</note></answer>
  <answer item="b1" value="4"><note>-2+3</note></answer>
  <answer item="b2" value="1"><note>@SUM(1+1)</note></answer>
  <answer item="b3" value="2"><note>  two leading spaces,  two inside	and a tab
and a second line</note></answer>
  <answer item="c1" value="na"><note>a = b, not a formula</note></answer>
  <action id="x1" domain="a" item="a2" owner="+Owner" due="2001-02-03" status="open">=1+1</action>
  <action id="x2" domain="b" owner="@Team" due="2099-12-31" status="doing">-Later</action>
</assessment>
XML

# make NAME LANG COMMAND ARGS…: NAME.csv (the reference), NAME-ods.ods and NAME-xlsx.xlsx.
made=()
make () {
  local name=$1 lang=$2 status=0
  shift 2
  "$@" -o "$TMP/$name.csv" 2>"$TMP/err" || status=1
  "$@" --lang "$lang" -o "$TMP/$name-ods.ods" 2>>"$TMP/err" || status=1
  "$@" --lang "$lang" -o "$TMP/$name-xlsx.xlsx" 2>>"$TMP/err" || status=1
  if [ "$status" -eq 0 ]; then
    ok "$name: CSV, ODS and XLSX written"
    made+=("$name")
  else
    not_ok "$name: CSV, ODS and XLSX written" "$(head -3 "$TMP/err")"
  fi
}
make compare-samples nl "$CLI" compare "$T24" "$T26" "$JOINT"
make compare-formula fr "$CLI" compare "$TMP/formula.xml" -q "$Q"
make export-samples en "$CLI" export-csv "$T24" "$JOINT"
make export-formula nl "$CLI" export-csv "$TMP/formula.xml" -q "$Q"
make actions-samples fr "$CLI" actions "$T24" "$T26"
make actions-formula en "$CLI" actions "$TMP/formula.xml" -q "$Q"

# Two runs of LibreOffice for all files: to CSV (UTF-8, every value as shown), and to
# flat ODS (each cell's type and value). A private profile, so that no other instance or
# earlier run is involved.
mkdir -p "$TMP/lo-csv" "$TMP/lo-fods"
lo () {
  local out=$1 filter=$2
  shift 2
  timeout 120 "$SOFFICE" -env:UserInstallation="file://$TMP/lo-profile" --headless \
    --convert-to "$filter" --outdir "$out" "$@" >"$TMP/lo.log" 2>&1
}
sheets=()
for name in "${made[@]}"; do sheets+=("$TMP/$name-ods.ods" "$TMP/$name-xlsx.xlsx"); done
start=$(date +%s)
if lo "$TMP/lo-csv" 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false' \
     "${sheets[@]}" &&
   lo "$TMP/lo-fods" fods "${sheets[@]}"; then
  ok "LibreOffice converts the ${#sheets[@]} spreadsheets ($(($(date +%s) - start)) s)"
else
  not_ok "LibreOffice converts the ${#sheets[@]} spreadsheets" "$(tail -3 "$TMP/lo.log")"
fi

# The built-in questionnaire's authoring spreadsheet saved again by LibreOffice, each as
# the other format (what a coach who edits it in Calc hands back), imports as the same
# XML as the spreadsheet the CLI wrote.
mkdir -p "$TMP/lo-q-xlsx" "$TMP/lo-q-ods"
"$CLI" questionnaire export "$SRC/questionnaires/livc-r.xml" -o "$TMP/q-ods.ods" &&
  "$CLI" questionnaire export "$SRC/questionnaires/livc-r.xml" -o "$TMP/q-xlsx.xlsx" &&
  "$CLI" questionnaire import "$TMP/q-ods.ods" -o "$TMP/q-direct.xml"
if lo "$TMP/lo-q-xlsx" xlsx "$TMP/q-ods.ods" && lo "$TMP/lo-q-ods" ods "$TMP/q-xlsx.xlsx"; then
  for saved in "$TMP/lo-q-xlsx/q-ods.xlsx" "$TMP/lo-q-ods/q-xlsx.ods"; do
    name="the questionnaire saved by LibreOffice as .${saved##*.}"
    if "$CLI" questionnaire import "$saved" -o "$TMP/q-lo.xml" 2>"$TMP/err" &&
       cmp -s "$TMP/q-direct.xml" "$TMP/q-lo.xml"; then
      ok "$name imports as the same XML"
    else
      not_ok "$name imports as the same XML" "$(head -3 "$TMP/err")"
    fi
  done
else
  not_ok "LibreOffice saves the questionnaire's spreadsheets" "$(tail -3 "$TMP/lo.log")"
fi

python3 - "$n" "$failed" "$TMP" "$SRC/data/report/report-texts.xml" "${made[@]}" <<'PY'
import csv, re, sys, zipfile
import xml.etree.ElementTree as ET

# The shell part's count of results and failures goes on.
n, failed = int(sys.argv[1]), int(sys.argv[2])
tmp, texts_xml, names = sys.argv[3], sys.argv[4], sys.argv[5:]

def result(good, desc, *diag):
    global n, failed
    n += 1
    if good:
        print(f"ok {n} - {desc}")
    else:
        failed += 1
        print(f"not ok {n} - {desc}")
        for d in diag:
            print(f"# {d}")

texts = {t.get("id"): {c.tag: c.text for c in t} for t in ET.parse(texts_xml).getroot()}
lang_of = {}
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))

def number(text):
    try:
        return float(text)
    except ValueError:
        return None

def same(ref, got):
    # The contract writes one decimal ("75.0"), a spreadsheet shows the number ("75").
    a, b = number(ref), number(got)
    if a is not None and b is not None:
        return a == b
    return plain(ref) == plain(got)

def plain(text):
    # ODF text has no carriage return, and LibreOffice keeps no tab of an ODF cell (it
    # reads <text:tab/> as nothing, and writes none in its flat ODS).
    return text.replace("\r", "").replace("\t", "")

def cell_text(cell):
    paras = cell.findall("text:p", NS)
    out = []
    for p in paras:
        s = p.text or ""
        for child in p:
            tag = child.tag.split("}")[1]
            if tag == "s":
                s += " " * int(child.get("{%s}c" % NS["text"], "1"))
            elif tag == "tab":
                s += "\t"
            else:
                s += "".join(child.itertext())
            s += child.tail or ""
        out.append(s)
    return "\n".join(out)

def fods_rows(path, width):
    root = ET.parse(path).getroot()
    table = root.find(".//table:table", NS)
    rows = []
    for row in table.iter(T + "table-row"):
        cells = []
        for cell in row:
            if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                continue
            rep = int(cell.get(T + "number-columns-repeated", "1"))
            cells += [cell] * min(rep, width - len(cells))
            if len(cells) >= width:
                break
        rows.append(cells)
    return root, rows

for name in names:
    ref = read_csv(f"{tmp}/{name}.csv")
    ids = ref[0]
    for kind in ("ods", "xlsx"):
        base = f"{name}-{kind}"
        lang = {"compare-samples": "nl", "compare-formula": "fr", "export-samples": "en",
                "export-formula": "nl", "actions-samples": "fr", "actions-formula": "en"}[name]
        try:
            got = read_csv(f"{tmp}/lo-csv/{base}.csv")
        except OSError as e:
            result(False, f"{base}: LibreOffice gives its CSV", str(e))
            continue
        want_head = [texts["column-" + i][lang] for i in ids]
        result(got[0] == want_head, f"{base}: headers in {lang}", f"{got[0]} != {want_head}")
        rows_ok = len(got) == len(ref)
        diag = [f"{len(got)} rows, wanted {len(ref)}"]
        for r, (a, b) in enumerate(zip(ref[1:], got[1:]), 2):
            b = b + [""] * (len(a) - len(b))
            for c, (x, y) in enumerate(zip(a, b)):
                if not same(x, y):
                    rows_ok = False
                    diag.append(f"row {r} {ids[c]}: {x!r} became {y!r}")
        result(rows_ok, f"{base}: LibreOffice reads back the {len(ref) - 1} rows written",
               *diag[:6])

        # Types, on LibreOffice's own flat ODS of the file.
        root, rows = fods_rows(f"{tmp}/lo-fods/{base}.fods", len(ids))
        bad = []
        for r, (want, cells) in enumerate(zip(ref[1:], rows[1:]), 2):
            for c, (x, cell) in enumerate(zip(want, cells)):
                vtype = cell.get(O + "value-type")
                if x == "":
                    ok_ = vtype is None
                elif ids[c] in ("date", "due"):
                    ok_ = vtype == "date" and cell.get(O + "date-value", "")[:10] == x
                elif ids[c] in ("score", "weight", "number") or (
                        ids[c] == "value" and number(x) is not None):
                    ok_ = vtype == "float" and float(cell.get(O + "value")) == float(x)
                else:
                    ok_ = vtype == "string" and plain(cell_text(cell)) == plain(x)
                if not ok_:
                    bad.append(f"row {r} {ids[c]}: {x!r} is {vtype} "
                               f"{cell.get(O + 'value') or cell.get(O + 'date-value')}")
        result(not bad, f"{base}: dates are dates, numbers numbers, texts strings", *bad[:6])
        formulas = [c for c in root.iter(T + "table-cell") if c.get(T + "formula")]
        result(not formulas, f"{base}: no cell is a formula", *[
            c.get(T + "formula") for c in formulas[:3]])
        ranges = root.findall(".//table:database-range", NS)
        result(any(d.get(T + "display-filter-buttons") == "true" for d in ranges),
               f"{base}: the table has an autofilter")
        widths = [c.get(T + "style-name") for c in root.iter(T + "table-column")]
        result(len(set(widths)) > 1, f"{base}: columns have their own widths")

    # The frozen header row, in the packages as written.
    with zipfile.ZipFile(f"{tmp}/{name}-ods.ods") as z:
        first = z.infolist()[0]
        result(first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
               and z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet",
               f"{name}-ods: the mimetype comes first, stored")
        settings = z.read("settings.xml").decode()
        result(re.search(r'"VerticalSplitMode" config:type="short">2<', settings) and
               re.search(r'"VerticalSplitPosition" config:type="int">1<', settings),
               f"{name}-ods: the header row is frozen")
    with zipfile.ZipFile(f"{tmp}/{name}-xlsx.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        result(re.search(r'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                         r'state="frozen"/>', sheet), f"{name}-xlsx: the header row is frozen")

# The municipality that is a formula, as LibreOffice reads it back.
for kind in ("ods", "xlsx"):
    path = f"{tmp}/lo-csv/compare-formula-{kind}.csv"
    try:
        rows = read_csv(path)
    except OSError:
        rows = [[], []]
    result(len(rows) > 1 and len(rows[1]) > 1 and rows[1][1] == "'=cmd|' /C calc'!A0",
           f"compare-formula-{kind}: the municipality =cmd|' /C calc'!A0 comes out as text",
           repr(rows[1][:3] if len(rows) > 1 else rows))
print(f"1..{n}")
sys.exit(1 if failed else 0)
PY
# The Python part goes on with the shell part's numbering and prints the plan.
