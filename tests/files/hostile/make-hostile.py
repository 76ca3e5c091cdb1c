#!/usr/bin/env python3
# make-hostile.py: writes the hostile fixtures of this folder and expected.txt, the
# line and message each must be refused with. Run it again after changing a case.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# With --generate DIR it writes instead, into DIR, the cases that are not kept in git:
# files too large to commit and special files (a folder, a symlink loop, files that
# cannot be read). expected.txt lists them on lines "#gen<TAB>file<TAB>line<TAB>message",
# which readers that do not generate them skip as comments.
import errno
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
A = 'xmlns="urn:livc-scan:assessment:1" questionnaire="scoring" questionnaire-version="1.2"'
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def assessment(body, attrs=A):
    return (HEAD + '<assessment %s>\n  <municipality nis="99001">Testdorp</municipality>\n'
            '  <date>2026-11-21</date>\n%s</assessment>\n' % (attrs, body))


Q_HEAD = (HEAD + '<questionnaire xmlns="urn:livc-scan:questionnaire:1" id="h" version="1">\n'
          '  <title xml:lang="en">H</title>\n')
SCALE = ('  <scale id="s">\n    <level value="1"><label xml:lang="en">One</label></level>\n'
         '    <level value="2"><label xml:lang="en">Two</label></level>\n  </scale>\n')


def questionnaire(body, scale=SCALE, head=Q_HEAD):
    return head + scale + body + '</questionnaire>\n'


def domain(items, did="d", extra=""):
    return ('  <domain id="%s"%s>\n    <title xml:lang="en">D</title>\n%s  </domain>\n'
            % (did, extra, items))


def item(iid="d.i", attrs="", refs=""):
    return ('    <item id="%s"%s>\n      <text xml:lang="en">T</text>\n%s    </item>\n'
            % (iid, attrs, refs))


# name -> (content, line, message fragment)
cases = {}
cases["empty.xml"] = (b"", 0, "the file is empty")
cases["not-xml.xml"] = ("hello, this is not XML\n", 1, "not well-formed XML")
cases["unclosed.xml"] = (HEAD + '<assessment %s>\n  <date>2026-11-21</date>\n' % A, 4,
                         "not well-formed XML")
cases["mismatched-tags.xml"] = (assessment('  <title>x</titel>\n'), 5, "not well-formed XML")
cases["bad-attribute-quote.xml"] = (assessment('  <answer item="a1 value="2"/>\n'), 5,
                                    "not well-formed XML")
cases["two-roots.xml"] = (assessment('') + '<assessment/>\n', 6, "not well-formed XML")
cases["undefined-entity.xml"] = (assessment('  <title>&secret;</title>\n'), 5,
                                 "not well-formed XML")
cases["dtd-internal.xml"] = (HEAD + '<!DOCTYPE assessment [\n]>\n' + assessment('')[len(HEAD):],
                             2, "DTD")
cases["external-entity.xml"] = (
    HEAD + '<!DOCTYPE assessment [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
    + assessment('  <title>&xxe;</title>\n')[len(HEAD):], 2, "DTD")
cases["parameter-entity.xml"] = (
    HEAD + '<!DOCTYPE assessment [\n  <!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %p;\n]>\n'
    + assessment('')[len(HEAD):], 2, "DTD")
cases["external-dtd.xml"] = (
    HEAD + '<!DOCTYPE assessment SYSTEM "http://127.0.0.1:9/a.dtd">\n' + assessment('')[len(HEAD):],
    2, "DTD")
lol = '<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
for i in range(1, 10):
    lol += ' <!ENTITY lol%d "%s">\n' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10)
lol += ']>\n'
cases["billion-laughs.xml"] = (HEAD + lol + assessment('  <title>&lol9;</title>\n')[len(HEAD):],
                               2, "DTD")
cases["xinclude.xml"] = (assessment(
    '  <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>\n'),
    5, "XInclude is not allowed")
cases["wrong-namespace.xml"] = (HEAD + '<assessment xmlns="urn:other" questionnaire="scoring" '
                                'questionnaire-version="1.2"/>\n', 2,
                                "neither a LIVC Scan questionnaire nor an assessment")
cases["no-namespace.xml"] = (HEAD + '<assessment questionnaire="scoring" '
                             'questionnaire-version="1.2"/>\n', 2,
                             "neither a LIVC Scan questionnaire nor an assessment")
cases["duplicate-answer.xml"] = (assessment('  <answer item="a1" value="2"/>\n'
                                            '  <answer item="a1" value="3"/>\n'), 6,
                                 "a second answer for the item “a1” (the first is on line 5)")
cases["duplicate-participant.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n'
    '    <participant id="p1">B</participant>\n  </participants>\n'), 7,
    "the participant id “p1” is used twice")
cases["undeclared-participant.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n  </participants>\n'
    '  <answer item="a1">\n    <rating participant="p9" value="2"/>\n  </answer>\n'), 9,
    "is by “p9”, who is not among the participants")
cases["rating-twice.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n  </participants>\n'
    '  <answer item="a1">\n    <rating participant="p1" value="2"/>\n'
    '    <rating participant="p1" value="3"/>\n  </answer>\n'), 10, "“p1” rates the item “a1” twice")
cases["bad-value.xml"] = (assessment('  <answer item="a1" value="high"/>\n'), 5,
                          "the answer to the item “a1” has the value “high”")
cases["empty-value.xml"] = (assessment('  <answer item="a1" value=""/>\n'), 5,
                            "the answer to the item “a1” has the value “”")
cases["huge-value.xml"] = (assessment('  <answer item="a1" value="99999999999999999999"/>\n'), 5,
                           "neither a level")
cases["bad-rating-value.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n  </participants>\n'
    '  <answer item="a1">\n    <rating participant="p1" value="2.5"/>\n  </answer>\n'), 9,
    "the rating by “p1” for the item “a1” has the value “2.5”")
cases["out-of-range-value.xml"] = (assessment('  <answer item="a1" value="7"/>\n'), 5,
                                   "the answer to the item “a1” is 7, which is not a level")
cases["out-of-range-rating.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n  </participants>\n'
    '  <answer item="a4">\n    <rating participant="p1" value="5"/>\n  </answer>\n'), 9,
    "the rating by “p1” for the item “a4” is 5, which is not a level")
cases["bad-date.xml"] = (assessment('').replace('2026-11-21', '2026-02-30'), 4,
                         "the date “2026-02-30” is not a real date")
cases["bad-date-format.xml"] = (assessment('').replace('2026-11-21', '21/11/2026'), 4,
                                "the date “21/11/2026” is not a real date")
cases["bad-due-date.xml"] = (assessment('  <action id="a1" due="2027-13-01">x</action>\n'), 5,
                             "the due date “2027-13-01” of the action “a1”")
cases["duplicate-action-id.xml"] = (assessment('  <action id="a1">x</action>\n'
                                               '  <action id="a1">y</action>\n'), 6,
                                    "the action id “a1” is used twice")
cases["bad-status.xml"] = (assessment('  <action id="a1" status="finished">x</action>\n'), 5,
                           "does not follow the schema")
cases["unknown-element.xml"] = (assessment('  <score>100</score>\n'), 5,
                                "does not follow the schema")
cases["missing-date.xml"] = (HEAD + '<assessment %s>\n  <municipality>X</municipality>\n'
                             '</assessment>\n' % A, 2, "<assessment> lacks the element <date>")
cases["bad-id.xml"] = (assessment(
    '  <participants>\n    <participant id="P 1">A</participant>\n  </participants>\n'), 6,
    "“P 1” is not a valid identifier for id=")
cases["invalid-utf8.xml"] = (assessment('  <title>caf\xc3\x28</title>\n').encode('latin-1'), 5,
                             "not well-formed XML")
cases["overlong-utf8.xml"] = (assessment('  <title>\xc0\xaf</title>\n').encode('latin-1'), 5,
                              "not well-formed XML")
cases["nul-byte.xml"] = (assessment('  <title>a\0b</title>\n').encode('latin-1'), 5,
                         "not well-formed XML")
cases["utf16.xml"] = (b'\xff\xfe' + assessment('').encode('utf-16-le'), 1, "not UTF-8")
cases["latin1-declared.xml"] = (assessment('').replace('UTF-8', 'ISO-8859-1'), 1,
                                "only UTF-8 is allowed")


def nested(depth):
    return assessment('<x:a xmlns:x="urn:x">' + '<x:a>' * depth + '</x:a>' * depth + '</x:a>\n')


DEPTH = "over a limit of LIVC Scan: elements nested more than 128 levels deep"
cases["deep-nesting.xml"] = (nested(10000), 5, DEPTH)
# Questionnaires
cases["q-duplicate-item.xml"] = (questionnaire(domain(item() + item())), 13,
                                 "the item id “d.i” is used twice (first on line 10)")
cases["q-duplicate-domain.xml"] = (questionnaire(domain(item("d.i")) + domain(item("d.j"))), 14,
                                   "the domain id “d” is used twice")
cases["q-dangling-scale.xml"] = (questionnaire(domain(item(attrs=' scale="nope"'))), 10,
                                 "refers to the scale “nope”, which does not exist")
cases["q-levels-not-increasing.xml"] = (questionnaire(domain(item()), scale=SCALE.replace(
    'value="2"', 'value="0"')), 6, "level values must increase: 0 does not follow 1")
cases["q-one-level.xml"] = (questionnaire(domain(item()), scale=(
    '  <scale id="s">\n    <level value="1"><label xml:lang="en">One</label></level>\n'
    '  </scale>\n')), 4, "has 1 level; a scale has 2 to 11")
cases["q-stage-not-zero.xml"] = (questionnaire(
    '  <stages>\n    <stage id="a" min="10"><label xml:lang="en">A</label></stage>\n  </stages>\n'
    + domain(item())), 9, "the first stage must start at 0")
cases["q-stages-reversed.xml"] = (questionnaire(
    '  <stages>\n    <stage id="a" min="0"><label xml:lang="en">A</label></stage>\n'
    '    <stage id="b" min="60"><label xml:lang="en">B</label></stage>\n'
    '    <stage id="c" min="40"><label xml:lang="en">C</label></stage>\n  </stages>\n'
    + domain(item())), 11, "stage minimums must increase: 40 does not follow 60")
cases["q-band-reversed.xml"] = (questionnaire(domain(item() +
    '    <recommendation min="70" max="30"><text xml:lang="en">R</text></recommendation>\n')), 13,
    "the band’s min 70 is above its max 30")
cases["q-band-over-100.xml"] = (questionnaire(domain(item() +
    '    <recommendation min="0" max="120"><text xml:lang="en">R</text></recommendation>\n')), 13,
    "the attribute max=“120” of <recommendation> must be a number from 0 to 100")
cases["q-legal-without-reference.xml"] = (questionnaire(domain(item(attrs=' basis="legal"'))), 10,
                                          "the legal item “d.i” needs at least one <reference>")
cases["q-recommendation-unknown-item.xml"] = (questionnaire(domain(item() +
    '    <recommendation item="d.zz" below="3"><text xml:lang="en">R</text></recommendation>\n')),
    13, "refers to the item “d.zz”, which is not in the domain “d”")
cases["q-negative-weight.xml"] = (questionnaire(domain(item(attrs=' weight="-1"'))), 10,
                                  "the attribute weight=“-1” of <item> must be a number from 0 to 1000000")
cases["q-nan-weight.xml"] = (questionnaire(domain(item(attrs=' weight="NaN"'))), 10,
                             "the attribute weight=“NaN” of <item> is not a decimal number")
cases["q-huge-weight.xml"] = (questionnaire(domain(item(attrs=' weight="1%s"' % ('0' * 400)))), 10,
                              "the attribute weight=“1%s…” of <item> must be a number from 0 "
                              "to 1000000" % ('0' * 39))
cases["q-13-domains.xml"] = (questionnaire(''.join(
    domain(item("d%d.i" % k), did="d%d" % k) for k in range(13))), 80,
    "a questionnaire has at most 12 domains")
cases["q-duplicate-lang.xml"] = (Q_HEAD.replace('</title>\n', '</title>\n  <title xml:lang="en">'
                                                'H2</title>\n') + SCALE + domain(item())
                                 + '</questionnaire>\n', 4, "a second <title> in the language “en”")
cases["q-no-domain.xml"] = (questionnaire(''), 2, "<questionnaire> lacks the element <domain>")

# Malformed XML at more points.
cases["bad-attribute-value.xml"] = (assessment('  <answer item="a1" value="2<3"/>\n'), 5,
                                    "not well-formed XML")
cases["bad-comment.xml"] = (assessment('  <!-- a comment -- with a double hyphen -->\n'), 5,
                            "not well-formed XML")
# The parser notices an unclosed comment or CDATA section at the end of the file.
cases["unclosed-comment.xml"] = (assessment('  <!-- never closed\n').replace('</assessment>\n', ''),
                                 6, "not well-formed XML: Comment not terminated")
cases["unclosed-cdata.xml"] = (assessment('  <title><![CDATA[ never closed </title>\n'), 7,
                               "not well-formed XML: CData section not finished")
cases["text-after-root.xml"] = (assessment('') + 'trailing text\n', 6, "not well-formed XML")
cases["truncated-utf8.xml"] = (assessment('  <title>caf\xc3')[:-len('</assessment>\n') - 1]
                               .encode('latin-1').rstrip(b'\n'), 5, "not well-formed XML")
# Byte order marks: a UTF-8 BOM is fine (the CLI test checks that such a file loads);
# any other announces an encoding that is refused, whatever follows.
cases["utf16-bom-utf8-content.xml"] = (b'\xff\xfe' + assessment('').encode('utf-8'), 1,
                                       "not UTF-8")
cases["utf16be.xml"] = (b'\xfe\xff' + assessment('').encode('utf-16-be'), 1, "not UTF-8")
cases["utf32le.xml"] = (b'\xff\xfe\x00\x00' + assessment('').encode('utf-32-le'), 1, "not UTF-8")
cases["utf32be.xml"] = (b'\x00\x00\xfe\xff' + assessment('').encode('utf-32-be'), 1, "not UTF-8")
# One LIVC Scan vocabulary inside the other.
cases["mixed-namespace.xml"] = (assessment(
    '  <q:domain xmlns:q="urn:livc-scan:questionnaire:1" id="a"/>\n'), 5,
    "<domain> of the other LIVC Scan vocabulary")
cases["q-mixed-namespace.xml"] = (questionnaire(domain(item()) +
    '  <answer xmlns="urn:livc-scan:assessment:1" item="d.i" value="1"/>\n'), 14,
    "<answer> of the other LIVC Scan vocabulary")
# Identifiers are lower-case only, so two of them never differ by case alone: the
# upper-case twin is refused rather than folded onto the other.
cases["case-folded-id.xml"] = (assessment(
    '  <participants>\n    <participant id="p1">A</participant>\n'
    '    <participant id="P1">B</participant>\n  </participants>\n'), 7,
    "“P1” is not a valid identifier for id=")
cases["case-folded-item.xml"] = (assessment('  <answer item="a1" value="2"/>\n'
                                            '  <answer item="A1" value="3"/>\n'), 6,
                                 "“A1” is not a valid identifier for item=")
# Weights that are not finite decimals, or too large.
# Each is refused with its own line, attribute and value, before the schema: the schema's
# account of a bad number named the branch it tried last ("the element <text> is missing").
for name, weight in (("inf", "INF"), ("minus-inf", "-INF"), ("1e400", "1e400"),
                     ("exponent", "1e3"), ("hex", "0x10"), ("comma", "0,5"), ("empty", ""),
                     ("plus-dot", "+."), ("two-dots", "1.2.3")):
    cases["q-%s-weight.xml" % name] = (questionnaire(domain(item(attrs=' weight="%s"' % weight))),
                                       10, "the attribute weight=“%s” of <item> is not a decimal "
                                       "number" % weight)
cases["q-item-weight-over-limit.xml"] = (questionnaire(domain(item(attrs=' weight="1000001"'))), 10,
                                         "weight=“1000001” of <item> must be a number from 0 to 1000000")
cases["q-domain-weight-over-limit.xml"] = (questionnaire(domain(item(), extra=' weight="2000000"')),
                                           8, "weight=“2000000” of <domain> must be a number from 0 "
                                           "to 1000000")
cases["q-domain-weight-hex.xml"] = (questionnaire(domain(item(), extra=' weight="0x1F"')), 8,
                                    "the attribute weight=“0x1F” of <domain> is not a decimal number")
cases["q-level-fraction.xml"] = (questionnaire(domain(item()), scale=SCALE.replace(
    'level value="2"', 'level value="2.5"')), 6,
    "the attribute value=“2.5” of <level> is not a whole number")
cases["q-stage-min-word.xml"] = (questionnaire(
    '  <stages>\n    <stage id="a" min="zero"><label xml:lang="en">A</label></stage>\n  </stages>\n'
    + domain(item())), 9, "the attribute min=“zero” of <stage> is not a decimal number")
cases["q-below-hex.xml"] = (questionnaire(domain(item() +
    '    <recommendation item="d.i" below="0x3"><text xml:lang="en">R</text></recommendation>\n')),
    13, "the attribute below=“0x3” of <recommendation> is not a decimal number")
cases["q-stages-equal.xml"] = (questionnaire(
    '  <stages>\n    <stage id="a" min="0"><label xml:lang="en">A</label></stage>\n'
    '    <stage id="b" min="40"><label xml:lang="en">B</label></stage>\n'
    '    <stage id="c" min="40"><label xml:lang="en">C</label></stage>\n  </stages>\n'
    + domain(item())), 11, "stage minimums must increase: 40 does not follow 40")
cases["q-two-scales-one-level.xml"] = (questionnaire(domain(item(attrs=' scale="t"')), scale=SCALE + (
    '  <scale id="t">\n    <level value="5"><label xml:lang="en">Five</label></level>\n'
    '  </scale>\n')), 8, "has 1 level; a scale has 2 to 11")
# Dates that look like dates.
for name, date in (("month-13", "2026-13-01"), ("year-zero", "0000-01-01"),
                   ("not-leap", "2025-02-29"), ("day-zero", "2026-01-00"),
                   ("short", "2026-1-01")):
    cases["bad-date-%s.xml" % name] = (assessment('').replace('2026-11-21', date), 4,
                                       "the date “%s” is not a real date" % date)
cases["bad-due-date-feb-30.xml"] = (assessment('  <action id="a1" due="2027-02-30">x</action>\n'), 5,
                                    "the due date “2027-02-30” of the action “a1”")


# Structural limits (docs/formats.md, "Limits"), each just above, in several shapes. The
# parser's duplicate-attribute check and the schema's interleave are quadratic: without
# the limits the largest of these took minutes and gigabytes.
LIMIT = "over a limit of LIVC Scan: "


def line_of(content, needle, n=1):
    """The line of the n-th occurrence of needle in content."""
    at = -1
    for _ in range(n):
        at = content.index(needle, at + 1)
    return content.count("\n", 0, at) + 1


def foreign_attrs(n, sep=" "):
    return sep.join('x:a%d="1"' % k for k in range(n))


def with_line(content, needle, n, message):
    return (content, line_of(content, needle, n), message)


ATTRS = LIMIT + "more than 256 attributes on one element"
CHILDREN = LIMIT + "more than 2500 elements inside one element"
cases["limit-attributes-foreign.xml"] = (assessment(
    '  <x:e xmlns:x="urn:x" %s/>\n' % foreign_attrs(256)), 5, ATTRS)
cases["limit-attributes-root.xml"] = (assessment(
    '', A + ' xmlns:x="urn:x" ' + foreign_attrs(253)), 2, ATTRS)
cases["limit-attributes-lines.xml"] = with_line(assessment(
    '  <answer item="a1" value="2" xmlns:x="urn:x"\n    %s/>\n'
    % foreign_attrs(300, "\n    ")), 'x:a253=', 1, ATTRS)
cases["limit-attributes-questionnaire.xml"] = (questionnaire(domain(item(
    attrs=' xmlns:x="urn:x" ' + foreign_attrs(255)))), 10, ATTRS)
cases["limit-children-root.xml"] = (assessment(
    '  ' + '<x:e xmlns:x="urn:x"/>' * 2499 + '\n'), 5, CHILDREN)
cases["limit-children-foreign.xml"] = with_line(assessment(
    '  <x:g xmlns:x="urn:x">\n' + '    <x:e/>\n' * 2501 + '  </x:g>\n'), '<x:e/>', 2501, CHILDREN)
cases["limit-participants.xml"] = with_line(assessment(
    '  <participants>\n' + ''.join('    <participant id="p%d">P</participant>\n' % k
                                   for k in range(1001)) + '  </participants>\n'),
    'id="p1000"', 1, LIMIT + "more than 1000 participants")
cases["limit-ratings.xml"] = (assessment(
    '  <answer item="a1">' + '<rating participant="p1" value="2"/>' * 1001 + '</answer>\n'),
    5, LIMIT + "more than 1000 ratings of one answer")
cases["limit-answers.xml"] = with_line(assessment(''.join(
    '  <answer item="u%d" value="2"/>\n' % k for k in range(2001))),
    'item="u2000"', 1, LIMIT + "more than 2000 answers")
cases["limit-answers-wrapped.xml"] = with_line(assessment(''.join(
    '  <x:w xmlns:x="urn:x"><answer item="u%d" value="2"/></x:w>\n' % k for k in range(2001))),
    'item="u2000"', 1, LIMIT + "more than 2000 answers")
cases["limit-depth-129.xml"] = (assessment(
    '  <x:a xmlns:x="urn:x">' + '<x:a>' * 127 + '</x:a>' * 127 + '</x:a>\n'), 5, DEPTH)

# Declared encodings are read whatever the declaration's layout: after 300 spaces, on a
# later line, in single quotes. And a declaration anywhere but at the very start.
cases["encoding-after-spaces.xml"] = (
    '<?xml version="1.0"' + ' ' * 300 + 'encoding="ISO-8859-1"?>\n' + assessment('')[len(HEAD):],
    1, "declares the encoding “ISO-8859-1”; only UTF-8 is allowed")
cases["encoding-next-line.xml"] = (
    '<?xml version="1.0"\n\n' + '\t' * 200 + "encoding = 'windows-1252'\n?>\n"
    + assessment('')[len(HEAD):], 1, "declares the encoding “windows-1252”")
cases["encoding-utf16-declared.xml"] = (
    '<?xml version="1.0"' + ' ' * 1000 + 'encoding="UTF-16" standalone="yes"?>\n'
    + assessment('')[len(HEAD):], 1, "declares the encoding “UTF-16”")
cases["declaration-after-spaces.xml"] = (
    ' ' * 300 + '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + assessment('')[len(HEAD):], 1,
    "not well-formed XML: XML declaration allowed only at the start")
# XInclude in the namespace of 2003, which libxml2 processes as well as that of 2001;
# as the root's child and deep inside an extension element.
cases["xinclude-2003.xml"] = (assessment(
    '  <xi:include xmlns:xi="http://www.w3.org/2003/XInclude" href="/etc/passwd" parse="text"/>\n'),
    5, "XInclude is not allowed")
cases["xinclude-2003-nested.xml"] = (assessment(
    '  <answer item="a1" value="2">\n    <x:extra xmlns:x="urn:example:x">\n      <x:inner>\n'
    '        <include xmlns="http://www.w3.org/2003/XInclude" href="/etc/hostname"/>\n'
    '      </x:inner>\n    </x:extra>\n  </answer>\n'), 8, "XInclude is not allowed")
cases["xinclude-fallback.xml"] = (assessment(
    '  <xi:fallback xmlns:xi="http://www.w3.org/2001/XInclude">x</xi:fallback>\n'), 5,
    "XInclude is not allowed")

# Generated at test time: name -> (content or kind of special file, line, message).
generated = {}
generated["deep-nesting-100000.xml"] = (nested(100000), 5, DEPTH)
# 10,000 domains pass the limit of children per element (the title and the scale are two)
# before the rule of 12 domains is reached: q-13-domains.xml checks that rule.
generated["q-10000-domains.xml"] = with_line(questionnaire(''.join(
    domain(item("d%d.i" % k), did="d%d" % k) for k in range(10000))), '<domain ', 2499, CHILDREN)
generated["huge-attribute-20mb.xml"] = (assessment(
    '  <answer item="a1" value="%s"/>\n' % ('9' * (20 * 1000 * 1000))), 0,
    "the file is larger than 16 MiB")
# Under the size cap, but above what the parser takes in one attribute.
generated["huge-attribute-12mb.xml"] = (assessment(
    '  <answer item="a1" value="%s"/>\n' % ('9' * (12 * 1000 * 1000))), 5,
    "not well-formed XML: an attribute value is too long")
# The shapes that took minutes and gigabytes before the limits.
generated["limit-attributes-200000.xml"] = (assessment(
    '  <x:e xmlns:x="urn:x" %s/>\n' % foreign_attrs(200000)), 5, ATTRS)
generated["limit-attributes-50000-root.xml"] = (assessment(
    '', A + ' xmlns:x="urn:x" ' + foreign_attrs(50000)), 2, ATTRS)
generated["limit-siblings-250000.xml"] = with_line(assessment(
    '  <x:e xmlns:x="urn:x"/>\n' * 250000), '<x:e', 2499, CHILDREN)
generated["limit-ratings-40000.xml"] = with_line(assessment(
    '  <participants>\n' + ''.join('    <participant id="p%d">P</participant>\n' % k
                                   for k in range(40000)) + '  </participants>\n'
    '  <answer item="a1">\n' + ''.join('    <rating participant="p%d" value="2"/>\n' % k
                                      for k in range(40000)) + '  </answer>\n'),
    'id="p1000"', 1, LIMIT + "more than 1000 participants")
generated["limit-answers-100000.xml"] = with_line(assessment(''.join(
    '  <answer item="u%d" value="2"/>\n' % k for k in range(100000))),
    'item="u2000"', 1, LIMIT + "more than 2000 answers")
generated["limit-nodes.xml"] = with_line(assessment(''.join(
    '  <x:g xmlns:x="urn:x">' + '<x:e/>' * 2400 + '</x:g>\n' for k in range(25))),
    '<x:g', 21, LIMIT + "more than 50000 elements, attributes and texts in one file")
TEXT = LIMIT + "a text longer than 1024 KiB"
generated["limit-text.xml"] = (assessment(
    '  <answer item="a1" value="2">\n    <note>' + 'x' * (1024 * 1024 + 1)
    + '</note>\n  </answer>\n'), 6, TEXT)
generated["limit-comment.xml"] = (assessment('  <!--' + 'c' * (1024 * 1024 + 1) + '-->\n'), 5, TEXT)
generated["folder.xml"] = ("folder", 0, "this is a folder, not a file")
generated["symlink-loop.xml"] = ("loop", 0, "cannot open the file: Too many levels of symbolic links")
generated["unreadable.xml"] = ("unreadable", 0, "cannot open the file: Permission denied")
generated["read-error.xml"] = ("read-error", 0, "cannot read the file: Input/output error")

# Kernel files that refuse to be opened for reading, even by root.
WRITE_ONLY = ("/sys/bus/pci/rescan", "/sys/bus/pci/drivers_probe", "/sys/bus/cpu/uevent",
              "/sys/bus/platform/uevent")


def make_special(path, kind):
    if kind == "folder":
        os.mkdir(path)
    elif kind == "loop":
        os.symlink(os.path.basename(path), path)
    elif kind == "read-error":
        # Opening works; reading at offset 0 fails with EIO, since page 0 is never mapped.
        os.symlink("/proc/self/mem", path)
    elif kind == "unreadable" and os.geteuid() != 0:
        with open(path, "w", encoding="utf-8") as f:
            f.write(assessment(''))
        os.chmod(path, 0)
    elif kind == "unreadable":
        # Permissions do not stop root: point at a write-only kernel file instead. Without
        # one the case is left out, and the tests say they skip it.
        for target in WRITE_ONLY:
            try:
                os.close(os.open(target, os.O_RDONLY | os.O_NONBLOCK))
            except OSError as e:
                if e.errno == errno.EACCES:
                    os.symlink(target, path)
                    return


def write(path, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


if len(sys.argv) == 3 and sys.argv[1] == "--generate":
    for name, (content, line, message) in generated.items():
        path = os.path.join(sys.argv[2], name)
        if content in ("folder", "loop", "unreadable", "read-error"):
            make_special(path, content)
        else:
            write(path, content)
    sys.exit(0)
if len(sys.argv) != 1:
    sys.exit("usage: make-hostile.py [--generate DIR]")

with open(os.path.join(HERE, "expected.txt"), "w", encoding="utf-8") as out:
    out.write("# file<TAB>line<TAB>message fragment: what each hostile file is refused with.\n")
    for name, (content, line, message) in cases.items():
        write(os.path.join(HERE, name), content)
        out.write("%s\t%d\t%s\n" % (name, line, message))
    out.write("# Written at test time by make-hostile.py --generate DIR:\n")
    for name, (content, line, message) in generated.items():
        out.write("#gen\t%s\t%d\t%s\n" % (name, line, message))
print(len(cases), "hostile files and", len(generated), "generated at test time")
