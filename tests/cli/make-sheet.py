#!/usr/bin/env python3
# make-sheet.py: writes small ODS and XLSX packages by hand, hostile ones included, for the
# questionnaire import's tests: make-sheet.py OUT.ods|OUT.xlsx SPEC.json. SPEC is
# {"sheets": [[name, rows]…], "raw": {part: text}, "bomb": part}: each row a list of cells,
# a cell a string, a number, null (empty), {"formula": "…"} or {"merged": value}; "raw"
# replaces parts as written, "bomb" adds a part of 17 MiB of spaces (a few KiB packed).
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import sys
import zipfile
from xml.sax.saxutils import escape

OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'


def ods_cell(cell):
    if cell is None:
        return '<table:table-cell/>'
    if isinstance(cell, dict) and 'formula' in cell:
        return ('<table:table-cell table:formula="%s" office:value-type="float" '
                'office:value="1"><text:p>1</text:p></table:table-cell>'
                % escape(cell['formula'], {'"': '&quot;'}))
    if isinstance(cell, dict) and 'merged' in cell:
        return ('<table:table-cell table:number-columns-spanned="2" office:value-type="string">'
                '<text:p>%s</text:p></table:table-cell><table:covered-table-cell/>'
                % escape(str(cell['merged'])))
    if isinstance(cell, dict) and 'repeat' in cell:
        return ''
    if isinstance(cell, (int, float)):
        return ('<table:table-cell office:value-type="float" office:value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (cell, cell))
    paragraphs = ''.join('<text:p>%s</text:p>' % escape(p) for p in str(cell).split('\n'))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % paragraphs


def ods_row(row):
    repeat = ''
    if row and isinstance(row[-1], dict) and 'repeat' in row[-1]:
        repeat = ' table:number-rows-repeated="%d"' % row[-1]['repeat']
    return '<table:table-row%s>%s</table:table-row>' % (repeat, ''.join(ods_cell(c) for c in row))


def write_ods(path, spec):
    tables = ''.join('<table:table table:name="%s">%s</table:table>'
                     % (escape(name), ''.join(ods_row(r) for r in rows))
                     for name, rows in spec.get('sheets', []))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="%s" xmlns:table="%s" xmlns:text="%s" office:version="1.2">'
               '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
               '</office:document-content>' % (OFFICE, TABLE, TEXT, tables))
    parts = {'content.xml': content}
    parts.update(spec.get('raw', {}))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')
        for name, text in parts.items():
            if name != spec.get('bomb'):
                z.writestr(name, text)
        if 'bomb' in spec:
            z.writestr(spec['bomb'], ' ' * (17 * 1024 * 1024))


def column_name(c):
    name = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        name = chr(65 + r) + name
    return name


def write_xlsx(path, spec):
    sheets = spec.get('sheets', [])
    workbook = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets>'
                '</workbook>' % ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                                        % (escape(n), i + 1, i + 1)
                                        for i, (n, _) in enumerate(sheets)))
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % ''.join('<Relationship Id="rId%d" Type="worksheet" '
                      'Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                      for i in range(len(sheets))))
    parts = {'xl/workbook.xml': workbook, 'xl/_rels/workbook.xml.rels': rels}
    for i, (_, rows) in enumerate(sheets):
        xml_rows, merges, r = [], [], 0
        for row in rows:
            repeat = 1
            if row and isinstance(row[-1], dict) and 'repeat' in row[-1]:
                repeat = row[-1]['repeat']
                row = row[:-1]
            for _ in range(repeat):
                cells = []
                for c, cell in enumerate(row):
                    ref = '%s%d' % (column_name(c), r + 1)
                    if cell is None:
                        continue
                    if isinstance(cell, dict) and 'formula' in cell:
                        cells.append('<c r="%s"><f>%s</f><v>1</v></c>'
                                     % (ref, escape(cell['formula'])))
                        continue
                    if isinstance(cell, dict) and 'merged' in cell:
                        merges.append('%s:%s%d' % (ref, column_name(c + 1), r + 1))
                        cell = cell['merged']
                    if isinstance(cell, (int, float)):
                        cells.append('<c r="%s"><v>%s</v></c>' % (ref, cell))
                    else:
                        cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s'
                                     '</t></is></c>' % (ref, escape(str(cell))))
                xml_rows.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
                r += 1
        merge_xml = ('<mergeCells>%s</mergeCells>'
                     % ''.join('<mergeCell ref="%s"/>' % m for m in merges)) if merges else ''
        parts['xl/worksheets/sheet%d.xml' % (i + 1)] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s'
            '</worksheet>' % (''.join(xml_rows), merge_xml))
    parts.update(spec.get('raw', {}))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            if name != spec.get('bomb'):
                z.writestr(name, text)
        if 'bomb' in spec:
            z.writestr(spec['bomb'], ' ' * (17 * 1024 * 1024))


def main():
    out, spec_path = sys.argv[1], sys.argv[2]
    with open(spec_path, encoding='utf-8') as f:
        spec = json.load(f)
    (write_xlsx if out.endswith('.xlsx') else write_ods)(out, spec)


main()
