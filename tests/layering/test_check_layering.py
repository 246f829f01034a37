#!/usr/bin/env python3
"""check_layering.py on synthetic trees made in a temporary folder, with a synthetic Qt include
root: a tree holding one violation of each rule gets each one reported at its file and line,
and nothing else; a tree that keeps every rule passes."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

CHECKER = Path(__file__).resolve().with_name("check_layering.py")

QT_HEADERS = {
    "QtCore": ["QString", "QObject", "qstring.h"],
    "QtNetwork": ["QNetworkReply"],
    "QtGui": ["QImage"],
    "QtWidgets": ["QWidget", "QLabel"],
    "QtSql": ["QSqlDatabase"],
}

# Headers every tree has, so that project includes resolve.
PROJECT_HEADERS = [
    "src/core/Clock.h", "src/crypto/KeyBlock.h", "src/inspector/ExchangeLog.h", "src/api/PosClient.h",
    "src/sandbox/SandboxServer.h", "src/kiosk/KioskSession.h", "src/merchant/MerchantSession.h",
    "src/drills/FaultDrill.h", "src/workspace/Workspace.h", "ui/KioskWindow.h", "app/viopay-pairing/Wiring.h",
]

# path: includes of a tree that keeps every rule
CLEAN_TREE = {
    "src/core/PairingCode.cpp": ['"PairingCode.h"', '"core/Clock.h"', "<QString>", "<QtCore/QObject>",
                                 "<qstring.h>", "<vector>"],
    "src/core/PairingCode.h": ["<optional>"],
    "src/crypto/KeyBlock.cpp": ['"KeyBlock.h"', '"core/Clock.h"', "<QByteArray>", "<openssl/evp.h>", "<zlib.h>"],
    "src/inspector/ExchangeLog.cpp": ['"ExchangeLog.h"', '"core/Clock.h"', "<QNetworkReply>"],
    "src/api/PosClient.cpp": ['"PosClient.h"', '"core/Clock.h"', "<QNetworkReply>", "<QImage>"],
    "src/sandbox/HttpAdapter.cpp": ['"SandboxServer.h"', '"core/Clock.h"', '"crypto/KeyBlock.h"',
                                    "<restinio/all.hpp>", "<QSqlDatabase>"],
    "src/kiosk/KioskSession.cpp": ['"KioskSession.h"', '"core/Clock.h"', '"api/PosClient.h"', '"crypto/KeyBlock.h"'],
    "src/merchant/MerchantSession.cpp": ['"MerchantSession.h"', '"api/PosClient.h"',
                                         "<qt6keychain/keychain.h>"],
    "src/drills/FaultDrill.cpp": ['"FaultDrill.h"', '"api/PosClient.h"', '"merchant/MerchantSession.h"'],
    "src/workspace/Workspace.cpp": ['"Workspace.h"', '"sandbox/SandboxServer.h"', '"inspector/ExchangeLog.h"',
                                    '"drills/FaultDrill.h"'],
    "ui/KioskWindow.cpp": ['"KioskWindow.h"', '"ui_KioskWindow.h"', '"core/Clock.h"',
                           '"inspector/ExchangeLog.h"', '"kiosk/KioskSession.h"', '"merchant/MerchantSession.h"',
                           '"drills/FaultDrill.h"', '"workspace/Workspace.h"', '"ui/KioskWindow.h"', "<QWidget>",
                           "<qrencode.h>"],
    "app/viopay-pairing/main.cpp": ['"Wiring.h"', '"ui/KioskWindow.h"', '"api/PosClient.h"',
                                    '"sandbox/SandboxServer.h"', "<QtWidgets/QLabel>"],
}

# path: (include, a fragment of the rule it must be reported with), one per rule of the check
VIOLATIONS = {
    "src/core/UsesNetwork.h": ("<QNetworkReply>", "src/core uses only Qt Core"),
    "src/core/UsesGui.cpp": ("<QtGui/QImage>", "src/core uses only Qt Core"),
    "src/core/UsesApi.cpp": ('"api/PosClient.h"', "src/core may not include src/api"),
    "src/crypto/UsesNetwork.cpp": ("<QNetworkReply>", "src/crypto uses only Qt Core"),
    "src/crypto/UsesApi.cpp": ('"api/PosClient.h"', "src/crypto may not include src/api"),
    "src/api/UsesOpenssl.cpp": ("<openssl/evp.h>", "openssl headers belong in src/crypto only"),
    "src/sandbox/UsesZlib.cpp": ("<zlib.h>", "zlib.h headers belong in src/crypto only"),
    "src/support/UsesCrypto.cpp": ('"crypto/KeyBlock.h"', "src/support may not include src/crypto"),
    "src/inspector/UsesApi.cpp": ('"api/PosClient.h"', "src/inspector may not include src/api"),
    "src/api/UsesInspector.h": ('"inspector/ExchangeLog.h"', "src/api may not include src/inspector"),
    "src/sandbox/UsesApi.cpp": ('"api/PosClient.h"', "src/sandbox may not include src/api"),
    "src/kiosk/UsesMerchant.cpp": ('"merchant/MerchantSession.h"', "src/kiosk may not include src/merchant"),
    "src/merchant/UsesKiosk.cpp": ('"kiosk/KioskSession.h"', "src/merchant may not include src/kiosk"),
    "src/drills/UsesWorkspace.cpp": ('"workspace/Workspace.h"', "src/drills may not include src/workspace"),
    "src/workspace/UsesUi.cpp": ('"ui/KioskWindow.h"', "src/workspace may not include ui"),
    "src/merchant/UsesWidget.cpp": ("<QWidget>", "nothing under src/ includes QtWidgets"),
    "src/kiosk/UsesWidgetByModule.cpp": ("<QtWidgets/QLabel>", "nothing under src/ includes QtWidgets"),
    "src/kiosk/UsesForm.cpp": ('"ui_KioskWindow.h"', "src/kiosk includes a Qt Widgets form"),
    "src/api/UsesRestinio.cpp": ("<restinio/all.hpp>", "restinio headers belong in src/sandbox only"),
    "ui/UsesApi.cpp": ('"api/PosClient.h"', "ui may not include src/api"),
    "ui/UsesSandbox.h": ('"sandbox/SandboxServer.h"', "ui may not include src/sandbox"),
    "ui/UsesApp.cpp": ('"app/viopay-pairing/Wiring.h"', "ui may not include app"),
    "ui/UsesMissing.cpp": ('"Missing.h"', "no such project header"),
    "src/newmodule/Undeclared.cpp": ("<vector>", "src/newmodule has no entry in ALLOWED"),
}


def make_tree(root, sources):
    for path in PROJECT_HEADERS:
        write(root / path, "#pragma once\n")
    for path, includes in sources.items():
        write(root / path, "".join(f"#include {include}\n" for include in includes))
    qt_root = root / "qt6"
    for module, headers in QT_HEADERS.items():
        for header in headers:
            write(qt_root / module / header, "")
    return qt_root


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_checker(root, qt_root):
    return subprocess.run([sys.executable, str(CHECKER), "--root", str(root),
                           "--qt-include-dirs", f"{qt_root / 'QtCore'}:{qt_root}"],
                          capture_output=True, text=True, check=False)


class CheckLayeringTest(unittest.TestCase):
    def test_a_tree_that_keeps_every_rule_passes(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            result = run_checker(root, make_tree(root, CLEAN_TREE))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_each_violation_is_reported_at_its_line_with_its_rule(self):
        sources = dict(CLEAN_TREE)
        for path, (include, _) in VIOLATIONS.items():
            # line 1 keeps the rules, so the report must name line 2
            sources[path] = ["<vector>", include]
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            result = run_checker(root, make_tree(root, sources))
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        reported = [line for line in result.stdout.splitlines() if not line.startswith("check_layering:")]
        for path, (include, rule) in VIOLATIONS.items():
            line = 1 if "has no entry" in rule else 2
            with self.subTest(path=path):
                self.assertTrue(any(r.startswith(f"{path}:{line}: ") and rule in r for r in reported),
                                f"{path}:{line} {include} not reported with '{rule}' in:\n{result.stdout}")
        self.assertEqual(len(reported), len(VIOLATIONS), result.stdout)

    def test_qt_include_dirs_without_qtcore_are_refused(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            make_tree(root, CLEAN_TREE)
            result = run_checker(root, root / "nowhere")
        self.assertEqual(result.returncode, 2, result.stdout)
        self.assertIn("no QtCore folder", result.stderr)


if __name__ == "__main__":
    unittest.main()
