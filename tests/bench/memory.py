"""Resident memory: the sandbox holding 100,000 provisioned devices and 100,000 active codes
(reference: the same sandbox with its demo data only), and the desktop app as a kiosk and as the
demo (reference: the same program printing --version, which loads the same libraries).

Usage: memory.py BIN_DIR [DEVICES]
"""
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time

from results import record

bin_dir = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
work = tempfile.mkdtemp(prefix="viopay-bench-memory-")
os.mkdir(f"{work}/run", 0o700)
environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work, XDG_CONFIG_HOME=f"{work}/config",
                   XDG_RUNTIME_DIR=f"{work}/run")


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def start_sandbox():
    process = subprocess.Popen([f"{bin_dir}/viopay-sandbox", "--db", f"{work}/sandbox.sqlite", "--reset",
                                "--log-level", "warning"], stdout=subprocess.PIPE, text=True, env=environment)
    line = process.stdout.readline()
    return process, int(line.rsplit(":", 1)[1])


def fill(port):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    for index in range(count):
        device = f"POS-C0{index:06X}"
        connection.request("POST", "/sandbox/devices",
                           json.dumps({"device_id": device, "merchant_id": "MRC-1001", "model": "PAX-A920"}),
                           {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        connection.request("POST", "/pos/pairing-code", headers={
            "X-Device-Id": device, "User-Agent": "Viopay-POS/1.4.2 (Android 12; PAX-A920)", "X-Client-Type": "pos"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            sys.exit(f"pairing code for {device}: HTTP {response.status}")


def app_rss(*arguments):
    process = subprocess.Popen([f"{bin_dir}/viopay-pairing", *arguments, "--log-level", "info"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment)
    for line in process.stderr:
        if "first pairing code on screen" in line:
            break
    time.sleep(2)
    resident = rss_mib(process.pid)
    process.terminate()
    process.wait()
    return resident


def version_rss():
    process = subprocess.Popen([f"{bin_dir}/viopay-pairing", "--version"], stdout=subprocess.DEVNULL, env=environment)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


sandbox, port = start_sandbox()
time.sleep(1)
empty = rss_mib(sandbox.pid)
began = time.monotonic()
fill(port)
time.sleep(1)
full = rss_mib(sandbox.pid)
print(f"== resident memory ({count:,} devices and active codes filled in {time.monotonic() - began:.0f} s)")
print(f"{'viopay-sandbox, demo data only (ref)':44} {empty:7.1f} MiB")
print(f"{'viopay-sandbox, 100,000 devices and codes':44} {full:7.1f} MiB")
record("Sandbox resident memory, 100,000 devices and 100,000 active codes", f"{full:.1f} MiB",
       f"demo data only: {empty:.1f} MiB")

kiosk = app_rss("--kiosk", "--server", f"http://127.0.0.1:{port}")
demo = app_rss("--demo")
baseline = version_rss()
sandbox.terminate()
sandbox.wait()
print(f"{'viopay-pairing --version (ref, max)':44} {baseline:7.1f} MiB")
print(f"{'viopay-pairing --kiosk, a code on screen':44} {kiosk:7.1f} MiB")
print(f"{'viopay-pairing --demo (its sandbox inside)':44} {demo:7.1f} MiB")
record("App resident memory, kiosk with a code on screen", f"{kiosk:.1f} MiB", f"--version: {baseline:.1f} MiB")
record("App resident memory, demo (kiosk, merchant, embedded sandbox)", f"{demo:.1f} MiB",
       f"--version: {baseline:.1f} MiB")
