#!/usr/bin/env python3
# check-include-cycles.py: no two units of the app (src/gui) or of the live round (src/live)
# include each other, directly or through others: each widget can be read, built and tested
# from what it includes. (The core's models point at each other by design, a domain at its
# items and an item at its domain, so the core is not held to this.)
# A unit is a class's file pair; a class split over files through its private header
# (livc-window.c, livc-window-actions.c, … all including livc-window-private.h) is one.
# Prints TAP, one result a folder.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

ROOT = os.environ.get("LIVC_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
INCLUDE = re.compile(r'^#include "(livc-[^"]+)\.h"', re.M)


def base(name):
    return re.sub(r"-private$", "", re.sub(r"\.[ch]$", "", name))


def unit_of(name, includes):
    """The class a file belongs to: its own, or the one whose private header it includes
    and whose name it extends (livc-window-team.c belongs to livc-window)."""
    own = base(name)
    for inc in includes:
        if inc.endswith("-private"):
            cls = inc[: -len("-private")]
            if own.startswith(cls + "-"):
                return cls
    return own


def graph(folder):
    files = [f for f in os.listdir(folder) if f.endswith((".c", ".h"))]
    known = {base(f) for f in files}
    edges = {}
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            includes = INCLUDE.findall(fh.read())
        unit = unit_of(f, includes)
        for inc in includes:
            target = base(inc)
            if target not in known:
                continue
            target = unit_of(target + ".h", [])
            if target != unit:
                edges.setdefault(unit, set()).add((target, f))
    return edges


def find_cycle(edges):
    state = {}

    def visit(node, path):
        state[node] = 1
        for target, via in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target] if target in path else [node, target]
            if target not in state:
                found = visit(target, path + [target])
                if found:
                    return found
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


n = failed = 0
for folder in ("src/gui", "src/live"):
    path = os.path.join(ROOT, folder)
    if not os.path.isdir(path):
        continue
    n += 1
    cycle = find_cycle(graph(path))
    if cycle:
        failed += 1
        print(f"not ok {n} - no include cycle in {folder}")
        print(f"# {' -> '.join(cycle)}")
    else:
        print(f"ok {n} - no include cycle in {folder}")
print(f"1..{n}")
sys.exit(1 if failed else 0)
