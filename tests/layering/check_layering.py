#!/usr/bin/env python3
"""Keeps the layers of ARCHITECTURE.md: reads every #include of every .h/.cpp under app/, ui/
and src/, and exits 1 listing file:line and the rule broken when a folder reaches where it must not.

Usage: check_layering.py --qt-include-dirs DIR[:DIR...] [--root DIR]
The Qt include directories are Qt6::Core's (CMake passes them); the one holding QtCore/ is where
every Qt module's headers are looked up, to tell which module a header like <QWidget> is from.
"""
import argparse
import os
import re
import sys
from pathlib import Path

ANY_SRC_MODULE = "any src module"
ANYTHING = "anything"

# Which project folders each folder may include, besides its own. A src module is "src/<name>".
ALLOWED = {
    "src/core": set(),
    "src/crypto": {"src/core"},  # shared by terminal and sandbox, so as plain as core
    "src/inspector": {"src/core"},
    "src/api": {"src/core"},  # the transport publishes exchanges; it knows no inspector
    "src/sandbox": {"src/core", "src/crypto"},  # shares only these with the client
    "src/kiosk": {"src/core", "src/api", "src/crypto"},  # the terminal unwraps its keys
    "src/merchant": {"src/core", "src/api", "src/crypto"},  # the ID token's RS256 signature
    "src/drills": {"src/core", "src/api", "src/merchant"},
    # the diagnosis: read-only requests through the clients' layer and the merchant's session; the
    # support bundle holds the inspector's redacted exchanges
    "src/support": {"src/core", "src/api", "src/merchant", "src/inspector"},
    "src/workspace": ANY_SRC_MODULE,
    # a screen talks to a session, never to a client or the sandbox
    "ui": {"src/core", "src/inspector", "src/kiosk", "src/merchant", "src/drills", "src/support",
           "src/workspace"},
    "app": ANYTHING,
}

# The only Qt module src/core and src/crypto may use: what they hold is shared by app and sandbox.
CORE_QT_MODULES = {"QtCore"}
QT_CORE_ONLY_FOLDERS = ("src/core", "src/crypto")
# Third-party headers that only one folder may include (by their first path component).
CONFINED_HEADERS = {
    "restinio": "src/sandbox",  # every RESTinio type stays in the HTTP adapter
    "openssl": "src/crypto",  # one place holds the payment cryptography
    "zlib.h": "src/crypto",
    "archive.h": "src/support",  # one writer of support bundles
    "archive_entry.h": "src/support",
}

SOURCE_SUFFIXES = {".h", ".hpp", ".cpp"}
SCANNED_FOLDERS = ("app", "ui", "src")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


class QtHeaders:
    """Which Qt modules ship a header, from Qt's include root (the folder holding QtCore/)."""

    def __init__(self, include_dirs):
        roots = [Path(d) for d in include_dirs if (Path(d) / "QtCore").is_dir()]
        if not roots:
            print(f"check_layering: no QtCore folder in the Qt include directories {include_dirs}",
                  file=sys.stderr)
            sys.exit(2)  # not a violation: the check could not run
        self.module_names = set()
        self.modules_by_header = {}
        for module_dir in (d for root in roots for d in root.glob("Qt*") if d.is_dir()):
            self.module_names.add(module_dir.name)
            for header in module_dir.iterdir():
                if header.is_file():
                    self.modules_by_header.setdefault(header.name, set()).add(module_dir.name)

    def modules_of(self, name):
        """<QtWidgets/QLabel> names its module; <QLabel> is looked up (empty: not Qt's)."""
        first = name.split("/")[0]
        if "/" in name:
            return {first} if first in self.module_names else set()
        return self.modules_by_header.get(name, set())


def folder_of(relative):
    """The layer a path (relative to the root) belongs to: app, ui or src/<module>."""
    parts = relative.parts
    if parts[0] == "src" and len(parts) > 2:
        return f"src/{parts[1]}"
    return parts[0]


def resolve_project_include(root, source, quote, name):
    """The root-relative path of a project header, or None when it is not one of ours."""
    candidates = [source.parent / name] if quote == '"' else []  # a sibling, or relative to it
    candidates += [root / "src" / name, root / name]  # "core/Clock.h", "ui/KioskWindow.h"
    for candidate in candidates:
        if candidate.is_file():
            return Path(os.path.relpath(candidate.resolve(), root.resolve()))
    return None


def may_include(folder, target):
    allowed = ALLOWED[folder]
    if allowed == ANYTHING or target == folder:
        return True
    if allowed == ANY_SRC_MODULE:
        return target.startswith("src/")
    return target in allowed


def describe(allowed):
    if isinstance(allowed, str):
        return allowed
    return ", ".join(sorted(allowed)) or "no other project folder"


def check_system_include(folder, name, qt_headers):
    """The rule a <header> breaks in folder, or None."""
    modules = qt_headers.modules_of(name)
    if folder.startswith("src/") and "QtWidgets" in modules:
        return "nothing under src/ includes QtWidgets"
    if folder in QT_CORE_ONLY_FOLDERS and modules and not modules & CORE_QT_MODULES:
        return f"{folder} uses only Qt Core (this is {', '.join(sorted(modules))})"
    confined_to = CONFINED_HEADERS.get(name.split("/")[0])
    if confined_to and folder != confined_to:
        return f"{name.split('/')[0]} headers belong in {confined_to} only"
    return None


def check_include(root, source, folder, quote, name, qt_headers):
    """The rule an include breaks, or None."""
    target_path = resolve_project_include(root, source, quote, name)
    if target_path is None:
        if quote == "<" or qt_headers.modules_of(name):
            return check_system_include(folder, name, qt_headers)
        if Path(name).name.startswith("ui_"):
            # uic's output for a .ui form: Qt Widgets, so for ui/ (and app/, which wires it)
            return None if folder in ("ui", "app") else f"{folder} includes a Qt Widgets form (ui_*.h)"
        return "no such project header (looked beside the file, under src/ and the root)"
    if target_path.parts[0] not in SCANNED_FOLDERS:
        return None  # e.g. a header under build/ or resources/
    target = folder_of(target_path)
    if may_include(folder, target):
        return None
    return f"{folder} may not include {target} (it may include {describe(ALLOWED[folder])})"


def source_files(root):
    for top in SCANNED_FOLDERS:
        for path in sorted((root / top).rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                yield path


def violations(root, qt_headers):
    for source in source_files(root):
        relative = source.relative_to(root)
        folder = folder_of(relative)
        if folder not in ALLOWED:
            yield f"{relative}:1: {folder} has no entry in ALLOWED (say what it may include)"
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            quote, name = match.groups()
            rule = check_include(root, source, folder, quote, name, qt_headers)
            if rule:
                yield f"{relative}:{number}: #include {quote}{name}{'>' if quote == '<' else quote}: {rule}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                        help="the tree to check (default: this repository)")
    parser.add_argument("--qt-include-dirs", required=True,
                        help=f"Qt6::Core's include directories, separated by '{os.pathsep}'")
    args = parser.parse_args()
    qt_headers = QtHeaders(args.qt_include_dirs.split(os.pathsep))
    found = list(violations(args.root, qt_headers))
    for violation in found:
        print(violation)
    if found:
        print(f"check_layering: {len(found)} include(s) break the layering")
        return 1
    print("check_layering: every include keeps to its layer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
