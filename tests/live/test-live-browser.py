#!/usr/bin/env python3
# test-live-browser.py: five headless Chromium phones (360×740) join a live round, rate,
# change a rating; the host's model then holds exactly those ratings, and the loopback
# capture shows no name, item text or rating in clear. The host is live-host (a round
# without a window) or, with LIVC_LIVE_SCREEN=1, live-app: the real app under Xvfb, whose
# shared screen must then show no rating and no name before the reveal; and, where AT-SPI
# can be read (a session bus), its accessible tree, as a screen reader gets it, holds no
# rating value of the domain being rated before the reveal, and the spread after it
# (LIVC_A11Y_DUMP=PATH writes both trees to PATH.before and PATH.after).
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

CHROMIUM = shutil.which('chromium')
DRIVER = shutil.which('chromedriver')
if CHROMIUM is None or DRIVER is None:
    print('1..0 # SKIP chromium or chromedriver is not installed')
    sys.exit(0)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import livc_a11y  # noqa: E402

checks = []
SCREEN = os.environ.get('LIVC_LIVE_SCREEN') == '1'
A11Y = SCREEN and livc_a11y.available()
NAMES = ['Coördinator preventie', 'Information officer', 'Diensthoofd sociale dienst',
         'Hulpverlener CAW', 'Directie secundaire school']


def check(ok, name):
    checks.append((bool(ok), name))


root = os.environ.get('LIVC_SOURCE_ROOT', '.')
tmp = tempfile.mkdtemp(prefix='livc-live-browser-')
# The app's recovery copies and settings go to the test's folder, not the user's.
host_env = dict(os.environ, XDG_STATE_HOME=os.path.join(tmp, 'state'),
                XDG_DATA_HOME=os.path.join(tmp, 'data'))
if A11Y:
    host_env['LIVC_LIVE_A11Y'] = 'atspi'
host = subprocess.Popen(
    [os.environ['LIVC_LIVE_HOST'], os.path.join(root, 'questionnaires', 'livc-r.xml'),
     os.path.join(root, 'data', 'samples', 'joint-cell-individual.xml')],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=host_env)


def port_listens(number):
    """Whether anything listens on the TCP port, from the kernel's own table."""
    with open('/proc/net/tcp') as f:
        for line in f.readlines()[1:]:
            fields = line.split()
            if fields[1].endswith(':%04X' % number) and fields[3] == '0A':
                return True
    return False


def host_lines(command):
    host.stdin.write(command + '\n')
    host.stdin.flush()
    lines = []
    while True:
        line = host.stdout.readline()
        if line == '' or line.strip() == 'END':
            return lines
        lines.append(line.strip())


SPREAD = 'Spread of the members’ ratings'


def a11y_spreads(found):
    """The descriptions of the spreads that show, in the tree's order."""
    names = {}
    spreads = []
    for role, kind, text in found:
        if kind == 'name':
            names['last'] = text
        if kind == 'description' and names.get('last') == SPREAD \
                and text != 'No ratings yet':
            spreads.append(text)
    return spreads


def a11y_page(app, item, spreads=0):
    """The tree once the page of the item's domain shows its first rows (and, with
    spreads, that many spreads with ratings in them)."""
    host_lines('show %s' % item)
    deadline = time.monotonic() + 60
    while True:
        found = livc_a11y.collect(app)
        rows = sum(1 for _, kind, text in found
                   if kind == 'name' and text.startswith('Note and evidence'))
        if rows >= 3 and len(a11y_spreads(found)) >= spreads \
                or time.monotonic() > deadline:
            return found


def a11y_leaks(found):
    """What in the tree tells a member's rating: a spread, a member's rating, the lower
    median, a score in percent, a member's name. Hidden objects count too."""
    leaks = []
    for role, kind, text in found:
        # Values: a progress bar's is the share of ratings given, shown on purpose;
        # scroll bars and panes have theirs.
        if kind == 'value' and role not in ('progress bar', 'scroll bar', 'filler'):
            leaks.append('%s %s %s' % (role, kind, text))
        elif re.match(r'Ratings( [0-9]| ·)', text) or 'lower median' in text \
                or re.search(r'[0-9] ?%', text) or re.search(r': [1-5n?](\b|$)', text) \
                or any(name in text for name in NAMES):
            leaks.append('%s %s %s' % (role, kind, text))
    return leaks


url = host.stdout.readline().strip()[len('URL '):]
code = host.stdout.readline().strip()[len('CODE '):]
port = int(url.split(':')[2].split('/')[0])
key64 = url.split('&k=')[1]

tcpdump = None
pcap = os.path.join(tmp, 'live.pcap')
if shutil.which('tcpdump') and os.geteuid() == 0:
    tcpdump = subprocess.Popen(['tcpdump', '-i', 'lo', '-U', '-s', '0', '-w', pcap,
                                'tcp port %d' % port],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # Wait until it listens: it says so on stderr.
    while 'listening on' not in tcpdump.stderr.readline():
        pass

drivers = []
expected = set()
item_texts = []
try:
    for i in range(5):
        options = webdriver.ChromeOptions()
        for arg in ['--no-sandbox', '--headless', '--disable-gpu',
                    '--disable-background-networking', '--disable-component-update',
                    '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
                    '--window-size=360,740', '--lang=' + ['nl', 'nl', 'fr', 'en', 'nl'][i],
                    '--user-data-dir=' + os.path.join(tmp, 'profile-%d' % i)]:
            options.add_argument(arg)
        options.binary_location = CHROMIUM
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
        driver.set_window_size(360, 740)
        drivers.append(driver)

    for i, driver in enumerate(drivers):
        participant = 'p%d' % (i + 1)
        wait = WebDriverWait(driver, 60)
        driver.get(url)
        button = wait.until(lambda d: d.find_element(
            By.CSS_SELECTOR, 'button[data-participant="%s"]:not([disabled])' % participant))
        check(driver.find_element(By.ID, 'code').text == code,
              'phone %d shows the join code of the round' % (i + 1))
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', button)
        button.click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, 'fieldset[data-item]')) > 3)
        fieldsets = driver.find_elements(By.CSS_SELECTOR, 'fieldset[data-item]')
        items = [f.get_attribute('data-item') for f in fieldsets[:3]]
        if i == 0:
            item_texts = [f.find_element(By.TAG_NAME, 'bdi').text for f in fieldsets[:3]]
            # Every text from the round's data stands alone in an isolating element (bdi,
            # or an element with dir): a bidirectional control in a name, an item or a level
            # cannot reorder the page's own words on its line.
            mixed = driver.execute_script("""
                const bad = [];
                const isolating = (e) => e.tagName === 'BDI' || e.hasAttribute('dir');
                for (const li of document.querySelectorAll('#main details li')) {
                  for (const n of li.childNodes)
                    if (n.nodeType === Node.TEXT_NODE && !/^(-?[0-9]+ — |: )$/.test(n.data))
                      bad.push('level: ' + li.textContent);
                    else if (n.nodeType === Node.ELEMENT_NODE && !isolating(n))
                      bad.push('level element: ' + li.textContent);
                }
                for (const sel of ['#member-label', '#domain-title', 'fieldset legend bdi',
                                   '#main details p'])
                  for (const e of document.querySelectorAll(sel))
                    if (!isolating(e)) bad.push(sel + ': ' + e.textContent);
                if (document.querySelectorAll('#main details li bdi').length === 0)
                  bad.push('no level text found');
                return bad;""")
            check(mixed == [], 'every text of the round stands in an isolate of its own%s'
                  % ('' if mixed == [] else ': ' + '; '.join(mixed[:3])))
        saved = 0
        chosen = {}
        for n, item in enumerate(items):
            values = [e.get_attribute('value') for e in driver.find_elements(
                By.CSS_SELECTOR, 'input[name="r-%s"]' % item)]
            levels = [v for v in values if v not in ('na', 'unknown')]
            value = 'na' if (i == 4 and n == 2) else levels[(i + n) % len(levels)]
            chosen[item] = value
            label = driver.find_element(
                By.CSS_SELECTOR, 'input[name="r-%s"][value="%s"]' % (item, value)).find_element(
                By.XPATH, '..')
            height = label.size['height']
            check(height >= 48, 'phone %d: the choice is a touch target of %d px' % (i + 1, height))
            driver.execute_script('arguments[0].scrollIntoView({block: "center"})', label)
            label.click()
            saved += 1
            wait.until(lambda d, s=saved: d.find_element(By.TAG_NAME, 'body')
                       .get_attribute('data-saved') == str(s))
        # Change the first rating.
        values = [e.get_attribute('value') for e in driver.find_elements(
            By.CSS_SELECTOR, 'input[name="r-%s"]' % items[0])]
        other = [v for v in values if v != chosen[items[0]]][0]
        label = driver.find_element(By.CSS_SELECTOR, 'input[name="r-%s"][value="%s"]'
                                    % (items[0], other)).find_element(By.XPATH, '..')
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', label)
        label.click()
        saved += 1
        wait.until(lambda d, s=saved: d.find_element(By.TAG_NAME, 'body')
                   .get_attribute('data-saved') == str(s))
        chosen[items[0]] = other
        for item, value in chosen.items():
            expected.add('%s %s %s' % (participant, item, value))
        width = driver.execute_script('return document.documentElement.scrollWidth')
        check(width <= 360, 'phone %d: no sideways scrolling at 360 px (%d px)' % (i + 1, width))
        status = driver.find_element(By.ID, 'status').text
        check(status != '', 'phone %d: the saved rating is announced' % (i + 1))

    if SCREEN:
        # The shared screen: counts only. A changed rating changes nothing on it, and it
        # names nobody.
        before = host_lines('screen')
        text = '\n'.join(before)
        check('5 members joined' in text, 'the shared screen counts 5 members')
        check(code in text, 'the shared screen shows the check code')
        check(url.split('#')[0].rstrip('/') in text and '#' not in text,
              'the shared screen shows the address, never the keys')
        check(not any(name in text for name in NAMES), 'the shared screen names no member')
        driver = drivers[0]
        item = driver.find_elements(By.CSS_SELECTOR, 'fieldset[data-item]')[1]
        item_id = item.get_attribute('data-item')
        current = driver.find_element(
            By.CSS_SELECTOR, 'input[name="r-%s"]:checked' % item_id).get_attribute('value')
        values = [e.get_attribute('value') for e in driver.find_elements(
            By.CSS_SELECTOR, 'input[name="r-%s"]' % item_id)]
        other = [v for v in values if v not in (current, 'na', 'unknown')][0]
        saved = int(driver.find_element(By.TAG_NAME, 'body').get_attribute('data-saved'))
        label = driver.find_element(By.CSS_SELECTOR, 'input[name="r-%s"][value="%s"]'
                                    % (item_id, other)).find_element(By.XPATH, '..')
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', label)
        label.click()
        WebDriverWait(driver, 60).until(lambda d: d.find_element(By.TAG_NAME, 'body')
                                        .get_attribute('data-saved') == str(saved + 1))
        expected.discard('p1 %s %s' % (item_id, current))
        expected.add('p1 %s %s' % (item_id, other))
        after = host_lines('screen')
        check(after == before, 'a changed rating changes nothing on the shared screen')
        if after != before:
            print('# before: %s' % before)
            print('# after: %s' % after)

    if A11Y:
        app = livc_a11y.find_application(host.pid)
        check(app is not None, 'the app is in the accessibility tree')
        # The facilitator opens the page of the domain being rated, with its items, their
        # spreads and the score panel: before the reveal, nothing there tells a rating.
        rated = [f.get_attribute('data-item') for f in drivers[0].find_elements(
            By.CSS_SELECTOR, 'fieldset[data-item]')[:3]]
        before_a11y = a11y_page(app, rated[0])
        if os.environ.get('LIVC_A11Y_DUMP'):
            with open(os.environ['LIVC_A11Y_DUMP'] + '.before', 'w') as f:
                f.writelines('%s | %s | %s\n' % t for t in before_a11y)
        leaks = a11y_leaks(before_a11y)
        check(leaks == [], 'before the reveal the accessible tree holds no rating value%s'
              % ('' if leaks == [] else ': ' + '; '.join(leaks[:5])))

    got = set(host_lines('dump'))
    check(got == expected, 'the model holds exactly the ratings sent (%d ratings)' % len(expected))
    if got != expected:
        print('# expected only: %s' % sorted(expected - got))
        print('# got only: %s' % sorted(got - expected))

    # A phone that slept: reload, it resumes from sessionStorage without joining again.
    drivers[1].refresh()
    WebDriverWait(drivers[1], 60).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, 'fieldset[data-item]')) > 3)
    checked = drivers[1].find_elements(By.CSS_SELECTOR, 'input[type=radio]:checked')
    check(len(checked) == 3, 'a reloaded phone resumes with its own 3 ratings')

    revealed = host_lines('reveal')
    if SCREEN:
        check(revealed == ['REVEALED 1'], 'the window\'s Reveal reveals the live round')
        text = '\n'.join(host_lines('screen'))
        check('ratings revealed' in text, 'the bar says the ratings are revealed')
    if A11Y:
        after_a11y = a11y_page(app, rated[0], spreads=3)
        if os.environ.get('LIVC_A11Y_DUMP'):
            with open(os.environ['LIVC_A11Y_DUMP'] + '.after', 'w') as f:
                f.writelines('%s | %s | %s\n' % t for t in after_a11y)
        spreads = a11y_spreads(after_a11y)
        check(len(spreads) >= 3 and all(s.startswith('Ratings ') for s in spreads[:3]),
              'after the reveal the accessible tree gives the spread of each rated item%s'
              % ('' if len(spreads) >= 3 else ': %s' % spreads))
        texts = [text for _, _, text in before_a11y]
        check(not any(s in t for s in spreads for t in texts),
              'no spread of after the reveal was in the accessible tree before it')
    drivers[0].find_element(By.CSS_SELECTOR, '#langs button[data-lang="en"]').click()
    WebDriverWait(drivers[0], 60).until(lambda d: d.find_elements(By.ID, 'revealed'))
    check(True, 'after the reveal the page says thank you')
finally:
    for driver in drivers:
        driver.quit()
    host_lines('quit')
    host.wait(timeout=30)
    check(not port_listens(port), 'nothing listens on the port once the host quit')
    if tcpdump is not None:
        tcpdump.terminate()
        tcpdump.wait(timeout=30)

if tcpdump is not None:
    with open(pcap, 'rb') as f:
        data = f.read()
    check(len(data) > 10000 and b'POST /api/rate' in data, 'the capture holds the traffic')
    for name in NAMES:
        check(name.encode() not in data, 'no member name in clear: %s' % name)
    for text in item_texts:
        check(text.encode() not in data[:] and text[:30].encode() not in data,
              'no item text in clear: %s' % text[:30])
    for pattern in [b'"value":"', b'"item":"', b'"participant":"', b'"token":"',
                    key64.encode()]:
        check(pattern not in data, 'not in clear: %s' % pattern.decode()[:12])
else:
    check(True, '# SKIP tcpdump needs root and tcpdump')

shutil.rmtree(tmp, ignore_errors=True)
print('1..%d' % len(checks))
failed = 0
for n, (ok, name) in enumerate(checks, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, name))
    failed += not ok
sys.exit(1 if failed else 0)
