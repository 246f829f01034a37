"""Attest-to-activate sequences per second against a running sandbox, beside POST /pos/pairing-code
requests per second (wrk) measured in the same run.

Each run provisions DEVICES fresh devices for Cafe Lumen, gives each a code and claims it (not
timed), then WORKERS client processes, each over its own keep-alive connection, take the devices
in turn through the terminal's steps 5 to 8 as ACTIVATION.md has them: attest (HMAC-signed with the
factory identity secret), keys (TMK unwrapped under the ZMK, KEK under the TMK, MSK under the
KEK), config and terminal parameters (read whole), activate (readiness sealed under the MSK).
Every answer must be 200. Then wrk sends pairing-code requests over the provisioned devices
POS-B0000000 upwards (tests/bench/pairing_code.lua) for the reference.

Usage: activation.py PORT PAIRING_DEVICES   (RUNS=5 DEVICES=400 WORKERS=4 REFERENCE_SECONDS=3)
"""
import base64
import concurrent.futures
import datetime
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse

from results import record

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "contract"))
from terminal_crypto import attestation_signature, seal, tr31_unwrap  # noqa: E402 (found through the line above)

USER_AGENT = "Viopay-POS/1.4.2 (Android 12; PAX-A920)"
READY = json.dumps({"emv_ready": True, "keys_installed": True, "network_ok": True}).encode()


def pos(device):
    return {"X-Device-Id": device, "User-Agent": USER_AGENT, "X-Client-Type": "pos"}


def call(connection, method, path, headers, body=None):
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    data = response.read()
    return response.status, data


def expect(status, data, wanted, what):
    if status != wanted:
        raise RuntimeError(f"{what}: HTTP {status} {data[:200]!r}")
    return json.loads(data) if data else {}


def activate_one(connection, device, factory):
    """Steps 5 to 8 for one claimed device."""
    key_id = factory["identity_key_id"]
    timestamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    nonce = os.urandom(12).hex()
    signature = attestation_signature(base64.b64decode(factory["identity_secret"]), device, key_id, timestamp, nonce)
    headers = {**pos(device), "X-Key-Id": key_id, "X-Timestamp": timestamp, "X-Nonce": nonce,
               "X-Signature": signature}
    token = expect(*call(connection, "POST", "/pos/attest", headers), 200, "attest")["attestation_token"]
    attested = {**pos(device), "Authorization": f"Attestation {token}"}
    keys = expect(*call(connection, "POST", "/pos/keys", attested), 200, "keys")["keys"]
    tmk = tr31_unwrap(base64.b64decode(factory["zmk"]), base64.b64decode(keys["tmk"]["key_block"]).decode())
    kek = tr31_unwrap(tmk, base64.b64decode(keys["kek"]["key_block"]).decode())
    msk = tr31_unwrap(kek, base64.b64decode(keys["msk"]["key_block"]).decode())
    expect(*call(connection, "POST", "/pos/config", attested), 200, "config")
    expect(*call(connection, "POST", "/pos/terminal-parameters", attested), 200, "terminal parameters")
    body = json.dumps(seal(msk, READY))
    answer = expect(*call(connection, "POST", "/pos/activate", {**attested, "Content-Type": "application/json"}, body),
                    200, "activate")
    if "ciphertext" not in answer:
        raise RuntimeError(f"activate: not an envelope: {answer}")


def activate_slice(port, devices):
    """One worker's devices, in turn, over one keep-alive connection; the seconds it took."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    started = time.perf_counter()
    for device, factory in devices:
        activate_one(connection, device, factory)
    return time.perf_counter() - started


def warm(_):
    return os.getpid()


def merchant_headers(port):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "viopay-desk",
                                   "username": "ops@cafe-lumen.test", "password": "pairing-demo"})
    token = expect(*call(connection, "POST", "/realms/viopay/protocol/openid-connect/token", {
        "Content-Type": "application/x-www-form-urlencoded"}, form), 200, "sign-in")["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    expect(*call(connection, "POST", "/session/initiate", headers, json.dumps({"host": "merchant.viopay.io"})),
           200, "session")
    return headers


def claimed_devices(port, merchant, run, count):
    """count fresh devices POS-A<run><index>, provisioned, each with a code that the merchant claimed."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    devices = []
    for index in range(count):
        device = f"POS-A{run:01X}{index:06X}"
        created = expect(*call(connection, "POST", "/sandbox/devices", {"Content-Type": "application/json"},
                               json.dumps({"device_id": device, "merchant_id": "MRC-1001", "model": "PAX-A920"})),
                         201, "provision")
        code = expect(*call(connection, "POST", "/pos/pairing-code", pos(device)), 200, "code")["pairing_code"]
        expect(*call(connection, "POST", "/pos/claim", merchant, json.dumps({"pairing_code": code})), 200, "claim")
        devices.append((device, created["factory"]))
    return devices


def pairing_code_rate(port, pairing_devices, seconds):
    output = subprocess.run(
        ["wrk", "-t2", "-c64", f"-d{seconds}s", "-s", "tests/bench/pairing_code.lua", f"http://127.0.0.1:{port}"],
        env={**os.environ, "DEVICES": str(pairing_devices)}, check=True, capture_output=True, text=True).stdout
    rate = next(float(line.split()[1]) for line in output.splitlines() if line.startswith("Requests/sec"))
    bad = next((int(line.split()[-1]) for line in output.splitlines() if "Non-2xx" in line), 0)
    return rate, bad


def spread(values):
    return f"{statistics.median(values):.1f} ({min(values):.1f}..{max(values):.1f})"


def main():
    port, pairing_devices = int(sys.argv[1]), int(sys.argv[2])
    runs = int(os.environ.get("RUNS", "5"))
    count = int(os.environ.get("DEVICES", "400"))
    workers = int(os.environ.get("WORKERS", "4"))
    reference_seconds = int(os.environ.get("REFERENCE_SECONDS", "3"))
    if runs > 15:
        sys.exit("RUNS is at most 15 (one hex digit of the device ids)")
    merchant = merchant_headers(port)
    sequences, codes, bad_codes = [], [], 0
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        list(pool.map(warm, range(workers)))  # the processes exist before the clock starts
        for run in range(runs):
            devices = claimed_devices(port, merchant, run, count)
            slices = [devices[worker::workers] for worker in range(workers)]
            started = time.perf_counter()
            list(pool.map(activate_slice, [port] * workers, slices))
            sequences.append(count / (time.perf_counter() - started))
            rate, bad = pairing_code_rate(port, pairing_devices, reference_seconds)
            codes.append(rate)
            bad_codes += bad
            print(f"run {run + 1}: {sequences[-1]:.1f} sequences/s, {rate:.0f} pairing codes/s", flush=True)
    share = 100 * statistics.median(sequences) * 5 / statistics.median(codes)
    print(f"attest-to-activate sequences/s, {count} devices a run, {workers} client processes, {runs} runs: "
          f"median {spread(sequences)}")
    print(f"reference POST /pos/pairing-code requests/s (wrk -t2 -c64 -d{reference_seconds}s): median {spread(codes)}"
          f", non-2xx {bad_codes}")
    print(f"the 5 activation requests of a sequence run at {share:.0f}% of the pairing-code request rate")
    record("Sandbox attest-to-activate sequences/s (5 requests each, Python client), median (range)",
           spread(sequences), f"POST /pos/pairing-code requests/s (wrk): {spread(codes)}",
           f"activation requests at {share:.0f}% of the pairing-code rate")


if __name__ == "__main__":
    main()
