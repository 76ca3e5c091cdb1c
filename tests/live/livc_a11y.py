# livc_a11y.py: the app's accessible tree as a screen reader gets it, over AT-SPI: every
# name, description, value and text of its objects, for the browser test's
# checks that the shared screen tells no rating before the reveal.
# SPDX-License-Identifier: GPL-3.0-or-later
import time

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError):
    Atspi = None


def available():
    """Whether AT-SPI can be read here: the bindings and a session bus."""
    if Atspi is None:
        return False
    try:
        Atspi.get_desktop(0).get_child_count()
    except Exception:  # noqa: BLE001 - no bus: AT-SPI raises GLib errors of its own
        return False
    return True


def find_application(pid, timeout=30):
    """The accessible application of the process, once it has registered."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == pid:
                return app
        # Registration is asynchronous; there is nothing to wait on but the registry.
        time.sleep(0.2)
    return None


def _texts_of(node):
    role = node.get_role_name()
    texts = []
    for kind, text in (('name', node.get_name()), ('description', node.get_description())):
        if text:
            texts.append((role, kind, text))
    value = node.get_value_iface()
    if value is not None:
        texts.append((role, 'value', '%g' % value.get_current_value()))
    text = node.get_text_iface()
    if text is not None:
        content = text.get_text(0, text.get_character_count())
        if content:
            texts.append((role, 'text', content))
    return texts


def collect(app):
    """(role, kind, text) of every object in the application's tree, shown or not: a
    screen reader's user can reach more of the tree than shows on screen."""
    found = []

    def walk(node):
        found.extend(_texts_of(node))
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                walk(child)

    walk(app)
    return found
