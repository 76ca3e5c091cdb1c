#!/usr/bin/env bash
# check-text-typography.sh: French and Dutch texts of the questionnaire, the report and the
# translations follow the house typography and cite the law in their own language.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checked, in the French and Dutch texts of questionnaires/livc-r.xml,
# data/report/report-texts.xml, the msgstrs of po/fr.po and po/nl.po, and the prose of
# docs/user-guide.fr.md and docs/user-guide.nl.md (code and link targets left out):
#  - French: a narrow no-break space (U+202F, or U+00A0) before ":", ";", "?" and "!" used as
#    punctuation. A sign directly followed by something other than a space or the end of the
#    text ("10:30", "https://", "%s:%u", "?!") is not punctuation and is left alone.
#  - French: a no-break space (U+202F or U+00A0) between a number and "%" ("48 %"), also
#    after a number's placeholder ("%s %%" in a catalogue).
#  - French and Dutch: no straight apostrophe (’ is the apostrophe of both languages).
#  - French and Dutch: no straight double quote (« » in French, ‘ ’ or “ ” in Dutch).
#  - No legal reference or authority left in the other language: "Sw.", "Wet", "GwH",
#    "omzendbrief", "OCAD", "FOD" … in a French text, "C. pén.", "Loi", "C. const.",
#    "circulaire", "OCAM", "SPF" … in a Dutch one. The <reference> elements are not checked:
#    the questionnaire format gives them no language, so they carry both forms.
set -u
SRC=${LIVC_SOURCE_ROOT:-$(dirname "$0")/..}
exec python3 - "$SRC" <<'EOF'
import re
import sys
import xml.etree.ElementTree as ET

src = sys.argv[1]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
QNS = "{urn:livc-scan:questionnaire:1}"

# (file, where, lang, text)
texts = []

tree = ET.parse(f"{src}/questionnaires/livc-r.xml")
for el in tree.iter():
    lang = el.get(XML_LANG)
    if lang in ("fr", "nl") and el.text and el.tag != QNS + "reference":
        texts.append(("questionnaires/livc-r.xml", el.tag.replace(QNS, ""), lang, el.text))

for text in ET.parse(f"{src}/data/report/report-texts.xml").getroot():
    for child in text:
        if child.tag in ("fr", "nl") and child.text:
            texts.append(("data/report/report-texts.xml", text.get("id"), child.tag, child.text))


def guide_paragraphs(path):
    """Yields (line, text) for every paragraph of a Markdown guide, without its code spans,
    code blocks and link targets: those are commands, file names and addresses, not prose."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"```.*?```", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    start = 1
    for para in text.split("\n\n"):
        prose = re.sub(r"`[^`\n]*`", "", para)
        prose = re.sub(r"\]\([^)]*\)", "]", prose)
        if prose.strip():
            yield start, prose
        start += para.count("\n") + 2


def po_msgstrs(path):
    """Yields (line, text) for every msgstr of a .po file, continuation lines joined."""
    cur, line_no, in_str = None, 0, False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            m = re.match(r'^msgstr(\[\d+\])? "(.*)"$', line)
            if m:
                if cur is not None:
                    yield line_no, cur
                cur, line_no, in_str = m.group(2), n, True
                continue
            if in_str and line.startswith('"'):
                cur += line[1:-1]
                continue
            if cur is not None:
                yield line_no, cur
            cur, in_str = None, False
    if cur is not None:
        yield line_no, cur


for lang in ("fr", "nl"):
    for n, s in po_msgstrs(f"{src}/po/{lang}.po"):
        if s == "" or s.startswith("Project-Id-Version"):
            continue
        s = s.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")
        texts.append((f"po/{lang}.po", f"line {n}", lang, s))

for lang in ("fr", "nl"):
    for n, s in guide_paragraphs(f"{src}/docs/user-guide.{lang}.md"):
        texts.append((f"docs/user-guide.{lang}.md", f"line {n}", lang, s))

FOREIGN = {
    "fr": [r"\bSw\.", r"\bWet\b", r"\bGwH\b", r"\bAVG\b", r"\bStrafwetboek\b", r"\bdecreet\b",
           r"\bVl\. decr", r"\bGw\.", r"\bIVRK\b", r"\b[Oo]mzendbrief\b", r"\bOCAD\b",
           r"\bFOD\b", r"\bBS\b", r"\bDecr\.", r"\bBesl\.", r"\bart\. [0-9]+ AVG\b"],
    "nl": [r"\bC\. pén\.", r"\bCode pénal\b", r"\bLoi\b", r"\bC\. const\.", r"\bRGPD\b",
           r"\bdécret\b", r"\bCIDE\b", r"\bcirculaire\b", r"\bOCAM\b", r"\bSPF\b",
           r"(?<![0-9][\s\u00a0\u202f])\bMB\b", r"\bDécr\.", r"\bArr\.", r"\barrêté\b"],
}

failures = {"typography": [], "percent": [], "apostrophe": [], "quote": [], "foreign": []}
# A number, or a number's placeholder, then "%" or "%%" with no space or a plain one.
PERCENT = re.compile(r"(?:[0-9]|%[su])(?: ?)%(?:%|(?![su]))")
for where, what, lang, s in texts:
    label = f"{where} [{lang}] {what}"
    if lang == "fr":
        for i, c in enumerate(s):
            if c not in ":;?!":
                continue
            after = s[i + 1] if i + 1 < len(s) else " "
            if not after.isspace() and after not in ")»”.,…":
                continue            # "10:30", "https://", "%s:%u", "?!": not punctuation
            before = s[i - 1] if i > 0 else ""
            if before in ("\u202f", "\u00a0") or before in ":;?!":
                continue
            if re.search(r"\b(?:FILE|[A-Z]+[:!][A-Z]+)$", s[:i]):
                continue            # a literal output format: "FILE: ok", "FILE:LINE: message"
            if c == ";" and re.fullmatch(r"([^;\s]+;)+", s):
                continue            # a desktop-file list: "CSIL-R;LIVC-R;"
            failures["typography"].append(f"{label}: “{s[max(0, i - 25):i + 5]}”")
    if lang == "fr":
        m = PERCENT.search(s)
        if m:
            failures["percent"].append(f"{label}: “{s[max(0, m.start() - 25):m.end() + 5]}”")
    if "'" in s:
        i = s.index("'")
        failures["apostrophe"].append(f"{label}: “{s[max(0, i - 25):i + 5]}”")
    if '"' in s:
        i = s.index('"')
        failures["quote"].append(f"{label}: “{s[max(0, i - 25):i + 5]}”")
    for pattern in FOREIGN[lang]:
        m = re.search(pattern, s)
        if m:
            context = s[max(0, m.start() - 30):m.end() + 10]
            failures["foreign"].append(f"{label}: “{m.group(0)}” in “{context}”")

checks = [
    ("typography", "French texts put a narrow no-break space before : ; ? !"),
    ("percent", "French texts put a no-break space between a number and %"),
    ("apostrophe", "French and Dutch texts use the typographic apostrophe ’"),
    ("quote", "French and Dutch texts use typographic quotation marks"),
    ("foreign", "French and Dutch texts cite the law in their own language"),
]
status = 0
for n, (key, title) in enumerate(checks, 1):
    if failures[key]:
        status = 1
        print(f"not ok {n} - {title} ({len(failures[key])} texts)")
        for f in failures[key][:40]:
            print(f"# {f}")
    else:
        print(f"ok {n} - {title}")
print(f"1..{len(checks)}")
print(f"# {len(texts)} texts checked")
sys.exit(status)
EOF
