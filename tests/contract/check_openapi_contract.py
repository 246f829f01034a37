#!/usr/bin/env python3
"""Every answer of the sandbox, checked against docs/openapi.yaml.

Starts two fresh viopay-sandbox processes (one open on loopback, one with an admin token), drives
them through every endpoint and every documented status, and checks each answer: its status is
declared for that path and method, every declared header is present where required and matches
its schema, and the body matches the schema of its status and content type. An unknown path must
get the 404 of an unknown endpoint, a method the path does not declare the 405 of
x-undeclared-method-response. Finally every status the description declares must have
been seen, so a new endpoint or status cannot go untested.

Most requests are the table SCENARIO (one row per request; `$name` is replaced by a value saved
from an earlier answer). Each operation of the description also gets, without a row: a body over
16 KiB (413), a request target over 2 KiB (414), header fields over 16 KiB (431), a method it does
not declare and a CORS preflight (405); an API operation, the offline and error fault drills (503,
500) and the network drill (its connection closed, no answer); an admin operation, a foreign Host
(403) and a missing admin token (401).

Needs python3-yaml, python3-jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1) and
python3-cryptography (the activation steps sign, unwrap and seal as a terminal does).
"""

import argparse
import base64
import concurrent.futures
import datetime
import contextlib
import http.client
import json
import os
import re
import string
import subprocess
import sys
import threading
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field

import jsonschema
import yaml

from terminal_crypto import attestation_signature, seal, tr31_unwrap

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ANNOTATIONS = {"description", "summary", "title", "example", "examples", "deprecated"}
ADMIN_TOKEN = "contract-test-admin-token"
REQUEST_TIMEOUT_S = 40

POS = {
    "X-Device-Id": "POS-8F3A2C91",
    "User-Agent": "Viopay-POS/1.4.2 (Android 12; PAX-A920)",
    "X-Client-Type": "pos",
}
JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
TEXT = {"Content-Type": "text/plain"}
CSV = {"Content-Type": "text/csv"}
TOKEN = "/realms/viopay/protocol/openid-connect/token"
REVOKE = "/realms/viopay/protocol/openid-connect/revoke"
AUTHORIZE = "/realms/viopay/protocol/openid-connect/auth"
LOGOUT = "/realms/viopay/protocol/openid-connect/logout"
AUTH_QUERY = ("client_id=viopay-desk&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2F&response_type=code&scope=openid"
              "&state=s1&nonce=n1&code_challenge_method=S256&code_challenge=TU-JW1NcaIHlrdc_vMV8GQ4C1iAOVaKDvUFkAwJ0e9w")
LOOPBACK_BACK = "post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2F"
UNKNOWN_CODE = "ZZZZZZ"  # in the alphabet; one chance in 2^30 that a live code has this value


def pos(device="POS-8F3A2C91", **changes):
    """The device headers of a terminal; a change to None leaves that header out."""
    headers = dict(POS, **{"X-Device-Id": device})
    for name, value in changes.items():
        headers[name.replace("_", "-")] = value
    return {name: value for name, value in headers.items() if value is not None}


def bearer(name):
    return {"Authorization": f"Bearer ${name}"}


def sign_in(username, password="pairing-demo"):
    return urllib.parse.urlencode(
        {"grant_type": "password", "client_id": "viopay-desk", "username": username, "password": password})


@dataclass
class Step:
    """One request of the scenario and the status it is meant to reach."""
    expect: int
    method: str
    target: str
    headers: object = field(default_factory=dict)  # or a function of the context that makes them
    body: object = None  # a dict is sent as JSON, a str as it is; or a function of the context
    save: dict = field(default_factory=dict)  # context name -> body field, or "header:<name>"
    after: object = None  # a function of the answer's JSON and the context, run on success


# ---- What a terminal computes for activation (ACTIVATION.md, terminal_crypto.py), with the factory
# secrets the admin endpoint gives (saved in the context as "<name>" = {"identity_key_id", ...}).

def attest(device, factory, expect=200, skew_s=0, nonce=None, sign_with=None, key_id=None):
    """POST /pos/attest signed with the saved factory secrets; the timestamp is taken when sent."""
    def headers(context):
        secrets = context[factory]
        used_key = key_id or secrets["identity_key_id"]
        now = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=skew_s)
        timestamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        used_nonce = nonce or os.urandom(12).hex()
        secret = sign_with or base64.b64decode(secrets["identity_secret"])
        signature = attestation_signature(secret, device, used_key, timestamp, used_nonce)
        return {**pos(device), "X-Key-Id": used_key, "X-Timestamp": timestamp, "X-Nonce": used_nonce,
                "X-Signature": signature}
    return Step(expect, "POST", "/pos/attest", headers, save={f"{factory}_token": "attestation_token"})


def attested(device, factory):
    return {**pos(device), "Authorization": f"Attestation ${factory}_token"}


def save_msk(device, factory, keys_answer, context):
    zmk = base64.b64decode(context[factory]["zmk"])
    blocks = {name: base64.b64decode(key["key_block"]).decode() for name, key in keys_answer["keys"].items()}
    tmk = tr31_unwrap(zmk, blocks["tmk"])
    kek = tr31_unwrap(tmk, blocks["kek"])
    context[f"{factory}_msk"] = tr31_unwrap(kek, blocks["msk"])


def activate(device, factory, readiness, expect=200, msk=None):
    def body(context):
        return json.dumps(seal(msk or context[f"{factory}_msk"], json.dumps(readiness).encode()))
    return Step(expect, "POST", "/pos/activate", {**attested(device, factory), **JSON}, body)


READY = {"emv_ready": True, "keys_installed": True, "network_ok": True}


def claim(token, code, **extra):
    return Step(extra.pop("expect", 200), "POST", "/pos/claim", {**bearer(token), **JSON}, {"pairing_code": code, **extra})


# The open sandbox, in order. Add a row for every new endpoint and every status it answers.
SCENARIO = [
    # 1. bootstrap
    Step(200, "POST", "/pos/bootstrap", pos()),
    Step(200, "POST", "/pos/bootstrap", pos(traceparent="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
    Step(400, "POST", "/pos/bootstrap", pos(X_Device_Id=None)),
    Step(400, "POST", "/pos/bootstrap", pos(User_Agent="curl/8.0")),
    Step(404, "POST", "/pos/bootstrap", pos("POS-00000000")),
    # 3. status before any code, then the conditional forms
    Step(200, "GET", "/pos/status", pos(), save={"etag": "header:ETag"}),
    Step(400, "GET", "/pos/status", pos(X_Client_Type=None)),
    Step(404, "GET", "/pos/status", pos("POS-00000000")),
    Step(304, "GET", "/pos/status", {**pos(), "If-None-Match": "$etag"}),
    Step(304, "GET", "/pos/status", {**pos(), "If-None-Match": "$etag", "Prefer": "wait=1"}),  # held, times out
    Step(200, "GET", "/pos/status", {**pos(), "If-None-Match": '"999"', "Prefer": "wait=5"}),
    # 2. pairing codes
    Step(200, "POST", "/pos/pairing-code", pos(), save={"code": "pairing_code"}),
    Step(200, "GET", "/pos/status", pos()),
    Step(400, "POST", "/pos/pairing-code", pos(User_Agent=None)),
    Step(404, "POST", "/pos/pairing-code", pos("POS-00000000")),
    *[Step(200, "POST", "/pos/pairing-code", pos("POS-1A2B3C05"))] * 10,
    Step(429, "POST", "/pos/pairing-code", pos("POS-1A2B3C05")),
    Step(200, "POST", "/pos/pairing-code", pos("POS-0BADF00D"), save={"foreign_code": "pairing_code"}),
    # sign-in: password and refresh grants, then a user locked out by failed passwords
    Step(400, "POST", TOKEN, FORM, "client_id=viopay-desk"),
    Step(400, "POST", TOKEN, FORM, "grant_type=client_credentials&client_id=viopay-desk"),
    Step(400, "POST", TOKEN, TEXT, sign_in("ops@cafe-lumen.test")),
    Step(401, "POST", TOKEN, FORM, sign_in("ops@cafe-lumen.test", "wrong")),
    Step(401, "POST", TOKEN, FORM, sign_in("ops@cafe-lumen.test").replace("viopay-desk", "someone-else")),
    Step(200, "POST", TOKEN, FORM, sign_in("ops@cafe-lumen.test"), save={"token": "access_token", "refresh": "refresh_token"}),
    Step(200, "POST", TOKEN, FORM, "grant_type=refresh_token&client_id=viopay-desk&refresh_token=$refresh"),
    Step(401, "POST", TOKEN, FORM, "grant_type=refresh_token&client_id=viopay-desk&refresh_token=not-a-token"),
    Step(400, "POST", REVOKE, FORM, "client_id=viopay-desk"),
    Step(401, "POST", REVOKE, FORM, "token=not-a-token&client_id=someone-else"),
    Step(200, "POST", REVOKE, FORM, "token=not-a-token&client_id=viopay-desk"),
    Step(200, "POST", TOKEN, FORM, sign_in("desk@harbor-books.test"), save={"harbor": "access_token"}),
    *[Step(401, "POST", TOKEN, FORM, sign_in("desk@harbor-books.test", "wrong"))] * 5,
    Step(429, "POST", TOKEN, FORM, sign_in("desk@harbor-books.test")),
    # API clients
    Step(200, "POST", "/client/session", JSON, {"client_id": "cafe-lumen-desk", "client_secret": "sandbox-secret-1001"},
         save={"client": "access_token"}),
    Step(400, "POST", "/client/session", JSON, {}),
    Step(415, "POST", "/client/session", TEXT, '{"client_id":"cafe-lumen-desk","client_secret":"sandbox-secret-1001"}'),
    *[Step(401, "POST", "/client/session", JSON, {"client_id": "locked-desk", "client_secret": "wrong"})] * 5,
    Step(429, "POST", "/client/session", JSON, {"client_id": "locked-desk", "client_secret": "wrong"}),
    # the legacy name of /client/session, sharing its lockout
    Step(200, "POST", "/auth/token", JSON, {"client_id": "cafe-lumen-desk", "client_secret": "sandbox-secret-1001"}),
    Step(400, "POST", "/auth/token", JSON, {}),
    Step(401, "POST", "/auth/token", JSON, {"client_id": "cafe-lumen-desk", "client_secret": "wrong"}),
    Step(415, "POST", "/auth/token", TEXT, "{}"),
    Step(429, "POST", "/auth/token", JSON, {"client_id": "locked-desk", "client_secret": "wrong"}),
    Step(200, "GET", "/health/live"),
    # the OpenID provider (SIGN-IN.md); its login form shares the password grant's lockout
    Step(200, "GET", "/realms/viopay/.well-known/openid-configuration"),
    Step(200, "GET", "/realms/viopay/protocol/openid-connect/certs"),
    Step(200, "GET", AUTHORIZE + "?" + AUTH_QUERY),
    Step(302, "GET", AUTHORIZE + "?" + AUTH_QUERY.replace("response_type=code", "response_type=token")),
    Step(400, "GET", AUTHORIZE + "?client_id=someone-else"),
    Step(200, "POST", AUTHORIZE, FORM, AUTH_QUERY + "&username=ops%40cafe-lumen.test&password=wrong"),
    Step(302, "POST", AUTHORIZE, FORM, AUTH_QUERY + "&username=ops%40cafe-lumen.test&password=pairing-demo"),
    Step(400, "POST", AUTHORIZE, FORM, "client_id=someone-else"),
    Step(429, "POST", AUTHORIZE, FORM, AUTH_QUERY + "&username=desk%40harbor-books.test&password=pairing-demo"),
    Step(200, "GET", LOGOUT),
    Step(302, "GET", LOGOUT + "?" + LOOPBACK_BACK + "&state=s1"),
    Step(400, "GET", LOGOUT + "?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F"),
    Step(200, "POST", LOGOUT, FORM, "state=s1"),
    Step(302, "POST", LOGOUT, FORM, LOOPBACK_BACK),
    # sessions
    Step(401, "POST", "/pos/claim", JSON, {"pairing_code": "$code"}),
    claim("token", "$code", expect=401),  # 4011: no session yet
    Step(401, "POST", "/session/initiate", JSON, {"host": "merchant.viopay.io"}),
    Step(415, "POST", "/session/initiate", {**bearer("token"), **TEXT}, '{"host":"merchant.viopay.io"}'),
    Step(400, "POST", "/session/initiate", {**bearer("token"), **JSON}, {}),
    Step(200, "POST", "/session/initiate", {**bearer("token"), **JSON}, {"host": "merchant.viopay.io"}),
    Step(200, "POST", "/session/initiate", {**bearer("client"), **JSON}, {"host": "merchant.viopay.io"}),
    Step(200, "POST", "/session/initiate", {**bearer("harbor"), **JSON}, {"host": "merchant.viopay.io"}),
    # 4. claim
    Step(415, "POST", "/pos/claim", {**bearer("token"), **TEXT}, '{"pairing_code":"$code"}'),
    Step(400, "POST", "/pos/claim", {**bearer("token"), **JSON}, {}),
    claim("token", "K0O1I", expect=400),
    claim("token", UNKNOWN_CODE, expect=404),
    claim("token", "$foreign_code", expect=403),
    claim("token", "$code"),
    claim("token", "$code", expect=409),
    Step(409, "POST", "/pos/pairing-code", pos()),
    Step(200, "GET", "/pos/status", pos()),
    # the merchant's devices
    Step(200, "GET", "/merchant/devices", bearer("token")),
    Step(200, "GET", "/merchant/devices", bearer("client")),
    Step(401, "GET", "/merchant/devices"),
    Step(200, "POST", "/merchant/devices/POS-8F3A2C91/release", bearer("token")),
    Step(404, "POST", "/merchant/devices/POS-0BADF00D/release", bearer("token")),
    Step(401, "POST", "/merchant/devices/POS-8F3A2C91/release"),
    # the fleet (FLEET.md): locations, the held list, rename and move, history, roles, idempotency
    Step(200, "POST", TOKEN, FORM, sign_in("viewer@cafe-lumen.test"), save={"viewer": "access_token"}),
    Step(200, "POST", "/session/initiate", {**bearer("viewer"), **JSON}, {"host": "merchant.viopay.io"}),
    Step(200, "GET", "/merchant/locations", bearer("viewer")),
    Step(401, "GET", "/merchant/locations"),
    Step(200, "GET", "/merchant/devices", bearer("viewer"), save={"list": "header:ETag"}),
    Step(304, "GET", "/merchant/devices", {**bearer("viewer"), "If-None-Match": "$list"}),
    Step(304, "GET", "/merchant/devices", {**bearer("viewer"), "If-None-Match": "$list", "Prefer": "wait=1"}),
    Step(200, "GET", "/merchant/devices", {**bearer("viewer"), "If-None-Match": '"0-0"', "Prefer": "wait=5"}),
    Step(200, "PATCH", "/merchant/devices/POS-1A2B3C03", {**bearer("token"), **JSON},
         {"name": "Patio", "location_id": "LOC-1001-HARB"}),
    Step(400, "PATCH", "/merchant/devices/POS-1A2B3C03", {**bearer("token"), **JSON}, {"name": " "}),
    Step(400, "PATCH", "/merchant/devices/POS-1A2B3C03", {**bearer("token"), **JSON}, {"location_id": "LOC-2002-MAIN"}),
    Step(401, "PATCH", "/merchant/devices/POS-1A2B3C03", JSON, {"name": "Patio"}),
    Step(403, "PATCH", "/merchant/devices/POS-0BADF00D", {**bearer("token"), **JSON}, {"name": "Mine"}),
    Step(403, "PATCH", "/merchant/devices/POS-1A2B3C03", {**bearer("viewer"), **JSON}, {"name": "Patio"}),
    Step(404, "PATCH", "/merchant/devices/POS-00000000", {**bearer("token"), **JSON}, {"name": "Patio"}),
    Step(415, "PATCH", "/merchant/devices/POS-1A2B3C03", {**bearer("token"), **TEXT}, '{"name":"Patio"}'),
    Step(200, "GET", "/merchant/devices/POS-8F3A2C91/events?limit=5", bearer("viewer")),
    Step(200, "GET", "/merchant/devices/POS-1A2B3C03/events", bearer("viewer")),
    Step(400, "GET", "/merchant/devices/POS-1A2B3C03/events?limit=0", bearer("viewer")),
    Step(401, "GET", "/merchant/devices/POS-1A2B3C03/events"),
    Step(403, "GET", "/merchant/devices/POS-0BADF00D/events", bearer("viewer")),
    Step(404, "GET", "/merchant/devices/POS-00000000/events", bearer("viewer")),
    Step(200, "POST", "/pos/pairing-code", pos("POS-1A2B3C04"), save={"code4": "pairing_code"}),
    claim("viewer", "$code4", expect=403),
    claim("token", "$code4", expect=400, name="x" * 65),
    *[Step(200, "POST", "/pos/claim", {**bearer("token"), **JSON, "Idempotency-Key": "contract-claim"},
           {"pairing_code": "$code4", "name": "Front counter", "location_id": "LOC-1001-MAIN"})] * 2,
    Step(422, "POST", "/pos/claim", {**bearer("token"), **JSON, "Idempotency-Key": "contract-claim"},
         {"pairing_code": "$code4"}),
    Step(403, "POST", "/merchant/devices/POS-1A2B3C04/release", bearer("viewer")),
    *[Step(200, "POST", "/merchant/devices/POS-1A2B3C04/release",
           {**bearer("token"), "Idempotency-Key": "contract-release"})] * 2,
    Step(422, "POST", "/merchant/devices/POS-1A2B3C03/release", {**bearer("token"), "Idempotency-Key": "contract-release"}),
    # a merchant locked out by failed claims: the 10th 404 within 15 minutes locks it
    *[claim("harbor", UNKNOWN_CODE, expect=404)] * 10,
    claim("harbor", "$foreign_code", expect=429),
    # sandbox admin
    Step(200, "GET", "/sandbox/state"),
    Step(201, "POST", "/sandbox/devices", JSON, {"device_id": "POS-0C0FFEE0", "merchant_id": "MRC-1001", "model": "Sunmi-P2"}),
    Step(409, "POST", "/sandbox/devices", JSON, {"device_id": "POS-0C0FFEE0", "merchant_id": "MRC-1001", "model": "Sunmi-P2"}),
    Step(400, "POST", "/sandbox/devices", JSON, {"device_id": "POS-1", "merchant_id": "MRC-1001", "model": "Sunmi-P2"}),
    Step(415, "POST", "/sandbox/devices", TEXT, '{"device_id":"POS-0C0FFEE1","merchant_id":"MRC-1001","model":"X"}'),
    Step(201, "POST", "/sandbox/devices", JSON, '[{"device_id":"POS-0C0FFEE4","merchant_id":"MRC-1001","model":"A"},'
                                                 '{"device_id":"POS-0C0FFEE5","merchant_id":"MRC-2002","model":"B"}]'),
    Step(201, "POST", "/sandbox/devices", CSV, "device_id,merchant_id,model\nPOS-0C0FFEE2,MRC-1001,PAX-A920\n"),
    Step(400, "POST", "/sandbox/devices", CSV, "device_id,merchant_id,model\nPOS-0C0FFEE3,MRC-1001,A\nPOS-1,MRC-1001,A\n"),
    Step(409, "POST", "/sandbox/devices", CSV, "device_id,merchant_id,model\nPOS-0C0FFEE2,MRC-1001,PAX-A920\n"),
    Step(200, "POST", "/pos/pairing-code", pos("POS-1A2B3C01")),
    Step(200, "POST", "/sandbox/devices/POS-1A2B3C01/expire-code", JSON, {}),
    Step(200, "POST", "/sandbox/devices/POS-1A2B3C01/expire-code", JSON),
    Step(404, "POST", "/sandbox/devices/POS-00000000/expire-code", JSON),
    Step(415, "POST", "/sandbox/devices/POS-1A2B3C01/expire-code"),
    Step(200, "GET", "/sandbox/faults"),
    Step(200, "PUT", "/sandbox/faults", JSON, {"devices": {"POS-1A2B3C08": {
        "clock_offset_sec": -600, "attestation_life_sec": 60, "corrupt_key_block": "msk",
        "config_error_code": "5030", "activate_error_code": None}}}),
    Step(200, "GET", "/sandbox/faults"),
    Step(200, "POST", "/pos/bootstrap", pos("POS-1A2B3C08")),
    Step(400, "PUT", "/sandbox/faults", JSON, {"devices": {"POS-1": {}}}),
    Step(400, "PUT", "/sandbox/faults", JSON, {"devices": {"POS-1A2B3C08": {"attestation_life_sec": 0}}}),
    Step(200, "PUT", "/sandbox/faults", JSON, {"latency_ms": 0, "error_rate": 0.0, "error_code": "5000", "offline": False}),
    Step(400, "PUT", "/sandbox/faults", JSON, {"latency_ms": -1}),
    Step(415, "PUT", "/sandbox/faults", TEXT, "{}"),
    Step(200, "GET", "/sandbox/network"),
    Step(200, "PUT", "/sandbox/network", JSON, {"drop_connections": False}),
    Step(400, "PUT", "/sandbox/network", JSON, {"drop_connections": "yes"}),
    Step(415, "PUT", "/sandbox/network", TEXT, "{}"),
    Step(200, "GET", "/sandbox/state"),
    # activation, steps 5 to 8, on a demo device (its secrets from the admin endpoint)
    Step(200, "GET", "/sandbox/devices/POS-1A2B3C07/factory", save={"f7": "factory"}),
    Step(404, "GET", "/sandbox/devices/POS-00000000/factory"),
    Step(200, "POST", "/pos/pairing-code", pos("POS-1A2B3C07"), save={"code7": "pairing_code"}),
    attest("POS-1A2B3C07", "f7", expect=409),  # not claimed yet
    claim("token", "$code7"),
    Step(400, "POST", "/pos/attest", pos("POS-1A2B3C07")),  # no signature headers
    Step(404, "POST", "/pos/attest", pos("POS-00000000", X_Key_Id="idk-POS-00000000-01",
                                         X_Timestamp="2025-12-13T14:25:30Z", X_Nonce="abcdef123456",
                                         X_Signature="v1=" + base64.b64encode(bytes(32)).decode())),
    attest("POS-1A2B3C07", "f7", expect=401, key_id="idk-POS-1A2B3C07-02"),  # 4012
    attest("POS-1A2B3C07", "f7", expect=401, skew_s=-3600),  # 4013
    attest("POS-1A2B3C07", "f7", expect=401, sign_with=bytes(32)),  # 4015
    attest("POS-1A2B3C07", "f7", nonce="contractnonce7"),
    attest("POS-1A2B3C07", "f7", expect=401, nonce="contractnonce7"),  # 4014
    attest("POS-1A2B3C07", "f7"),
    Step(401, "POST", "/pos/keys", pos("POS-1A2B3C07")),
    Step(400, "POST", "/pos/keys", pos("POS-1A2B3C07", X_Client_Type=None)),
    Step(404, "POST", "/pos/keys", pos("POS-00000000")),
    Step(409, "POST", "/pos/config", attested("POS-1A2B3C07", "f7")),
    Step(409, "POST", "/pos/terminal-parameters", attested("POS-1A2B3C07", "f7")),
    Step(409, "POST", "/pos/activate", {**attested("POS-1A2B3C07", "f7"), **JSON}, "{}"),
    Step(200, "POST", "/pos/keys", attested("POS-1A2B3C07", "f7"), after=lambda answer, context:
         save_msk("POS-1A2B3C07", "f7", answer, context)),
    Step(200, "POST", "/pos/config", attested("POS-1A2B3C07", "f7")),
    Step(401, "POST", "/pos/config", pos("POS-1A2B3C07")),
    Step(400, "POST", "/pos/config", pos(None)),
    Step(404, "POST", "/pos/config", pos("POS-00000000")),
    Step(409, "POST", "/pos/keys", attested("POS-1A2B3C07", "f7")),  # no step back
    Step(200, "POST", "/pos/terminal-parameters", attested("POS-1A2B3C07", "f7")),
    Step(401, "POST", "/pos/terminal-parameters", pos("POS-1A2B3C07")),
    Step(400, "POST", "/pos/terminal-parameters", pos(User_Agent="curl/8.0")),
    Step(404, "POST", "/pos/terminal-parameters", pos("POS-00000000")),
    Step(401, "POST", "/pos/activate", {**pos("POS-1A2B3C07"), **JSON}, "{}"),
    Step(400, "POST", "/pos/activate", pos(None)),
    Step(404, "POST", "/pos/activate", pos("POS-00000000")),
    Step(415, "POST", "/pos/activate", {**attested("POS-1A2B3C07", "f7"), **TEXT}, "{}"),
    activate("POS-1A2B3C07", "f7", {**READY, "network_ok": False}, expect=400),
    activate("POS-1A2B3C07", "f7", READY, expect=400, msk=bytes(32)),
    activate("POS-1A2B3C07", "f7", READY),
    activate("POS-1A2B3C07", "f7", READY, expect=409),  # 4094
    Step(200, "GET", "/pos/status", pos("POS-1A2B3C07")),
    Step(200, "GET", "/merchant/devices", bearer("token")),
    # ten failed attests lock the device's attestation
    *[attest("POS-1A2B3C07", "f7", expect=401, sign_with=bytes(32))] * 10,
    attest("POS-1A2B3C07", "f7", expect=429),
    Step(200, "POST", "/merchant/devices/POS-1A2B3C07/release", bearer("token")),
    Step(200, "POST", "/sandbox/devices/POS-1A2B3C07/revoke-identity-key", JSON),
    Step(404, "POST", "/sandbox/devices/POS-00000000/revoke-identity-key", JSON),
    Step(415, "POST", "/sandbox/devices/POS-1A2B3C07/revoke-identity-key"),
    # the claim page
    Step(200, "GET", "/claim?code=k7m-3np"),
    Step(200, "GET", "/claim"),
    # unknown paths
    Step(404, "GET", "/pos"),
    Step(404, "POST", "/pos/claim/extra", JSON, {}),
]

# The sandbox with an admin token, as when bound beyond loopback.
TOKEN_SCENARIO = [
    Step(200, "GET", "/sandbox/state", {"Authorization": f"Bearer {ADMIN_TOKEN}"}),
    Step(401, "GET", "/sandbox/state", {"Authorization": "Bearer not-the-admin-token"}),
    Step(200, "POST", "/pos/bootstrap", pos()),
]


# ---------------------------------------------------------------------------------------------
# The description


def resolve_pointer(root, ref):
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported: {ref}")
    node = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline_refs(node, root, seen=()):
    """The document with every $ref replaced by what it points at (siblings kept: annotations
    merged in, anything else combined with allOf), so schemas validate on their own."""
    if isinstance(node, list):
        return [inline_refs(item, root, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" not in node:
        return {key: inline_refs(value, root, seen) for key, value in node.items()}
    ref = node["$ref"]
    if ref in seen:
        raise ValueError(f"recursive $ref {ref} is not supported")
    target = inline_refs(resolve_pointer(root, ref), root, seen + (ref,))
    siblings = {key: inline_refs(value, root, seen) for key, value in node.items() if key != "$ref"}
    if not siblings:
        return target
    if set(siblings) <= ANNOTATIONS:
        return {**target, **siblings}
    return {"allOf": [target], **siblings}


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def format_checker():
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(lambda value: not isinstance(value, str) or bool(RFC3339.match(value)))
    return checker


class Description:
    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            raw = yaml.safe_load(file)
        self.doc = inline_refs(raw, raw)
        self.format_checker = format_checker()
        self.paths = []  # (template, regex, path item), fixed paths before templated ones
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            self.paths.append((template, re.compile(pattern), item))
        self.paths.sort(key=lambda entry: "{" in entry[0])

    def path_item(self, path):
        for template, regex, item in self.paths:
            if regex.match(path):
                return template, item
        return None

    def operations(self):
        for template, _, item in self.paths:
            for method in HTTP_METHODS:
                if method in item:
                    yield template, method.upper(), item[method]

    def schema_errors(self, schema, instance):
        validator = jsonschema.Draft202012Validator(schema, format_checker=self.format_checker)
        for error in sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path)):
            # Array indices as [*], so one fault in every item of a list reads as one violation.
            where = "".join("[*]" if isinstance(part, int) else f"[{part!r}]" for part in error.absolute_path)
            yield f"body{where}: {error.message}"


# ---------------------------------------------------------------------------------------------
# Checking one answer


@dataclass
class Answer:
    status: int
    headers: list  # (name, value)
    body: bytes

    def header(self, name):
        for header_name, value in self.headers:
            if header_name.lower() == name.lower():
                return value
        return None

    def json(self):
        """The body as JSON, or None when it is not a JSON object (a violation reported elsewhere)."""
        try:
            value = json.loads(self.body)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


class Checker:
    def __init__(self, description):
        self.description = description
        self.violations = []
        self.seen = set()  # (template, METHOD, status key)

    def report(self, method, target, status, problem):
        self.violations.append(f"{method} {shorten(target)} -> {status}: {problem}")

    def check(self, method, target, answer):
        problems = list(self.problems(method, target, answer))
        for problem in problems:
            self.report(method, target, answer.status, problem)

    def problems(self, method, target, answer):
        path = urllib.parse.urlsplit(target).path
        found = self.description.path_item(path)
        if found is None:
            yield from self.unknown_path_problems(answer)
            return
        template, item = found
        operation = item.get(method.lower())
        if operation is None:
            yield from self.undeclared_method_problems(item, answer)
            return
        responses = operation["responses"]
        key = next((key for key in (str(answer.status), f"{answer.status // 100}XX", "default") if key in responses), None)
        if key is None:
            yield f"status {answer.status} is not declared for {method} {template}"
            return
        self.seen.add((template, method, key))
        yield from self.response_problems(responses[key], answer)

    def unknown_path_problems(self, answer):
        if answer.status != 404:
            yield f"the path is not in the description, yet the answer is {answer.status} (an undocumented endpoint?)"
            return
        response = self.description.doc["components"]["responses"]["DeviceNotProvisioned"]
        yield from self.response_problems(response, answer)
        message = ((answer.json() or {}).get("error") or {}).get("message", "")
        if not str(message).startswith("No such endpoint"):
            yield "an unknown path must answer the 404 of an unknown endpoint"

    def undeclared_method_problems(self, item, answer):
        declared = sorted(method.upper() for method in HTTP_METHODS if method in item)
        if answer.status != 405:
            yield f"the method is not declared for this path (only {', '.join(declared)}), yet the answer is {answer.status}"
            return
        allow = sorted(part.strip() for part in (answer.header("Allow") or "").split(",") if part.strip())
        if allow != declared:
            yield f"Allow is {answer.header('Allow')!r}, the description declares {', '.join(declared)}"
        response = self.description.doc.get("x-undeclared-method-response")
        if response is None:
            yield "x-undeclared-method-response, the answer to an undeclared method, is missing"
            return
        yield from self.response_problems(response, answer)

    def response_problems(self, response, answer):
        for name, header in response.get("headers", {}).items():
            if name.lower() == "content-type":
                continue  # described by the content map (OpenAPI ignores such a header)
            value = answer.header(name)
            if value is None:
                if header.get("required"):
                    yield f"required header {name} is missing"
                continue
            for problem in self.description.schema_errors(header.get("schema", {}), header_value(value, header)):
                yield f"header {name} {value!r}: {problem.removeprefix('body: ')}"
        yield from self.content_problems(response.get("content"), answer)

    def content_problems(self, content, answer):
        if not content:
            if answer.body:
                yield f"a body ({len(answer.body)} bytes) where the description declares none"
            return
        content_type = answer.header("Content-Type")
        media_type = (content_type or "").split(";")[0].strip().lower()
        declared = next((key for key in content if media_type_matches(key, media_type)), None)
        if declared is None:
            yield f"Content-Type {content_type!r} is not declared (declared: {', '.join(content)})"
            return
        schema = content[declared].get("schema")
        if schema is None:
            return
        if media_type == "application/json" or media_type.endswith("+json"):
            try:
                instance = json.loads(answer.body)
            except ValueError as error:
                yield f"the body is not JSON: {error}"
                return
        else:
            instance = answer.body.decode("utf-8", "replace")
        yield from self.description.schema_errors(schema, instance)

    def unexercised(self):
        for template, method, operation in self.description.operations():
            for key in operation["responses"]:
                if (template, method, key) not in self.seen:
                    yield f"{method} {template}: declared status {key} was never exercised (add a row to SCENARIO)"


def header_value(value, header):
    """A header's text as the type its schema declares."""
    if header.get("schema", {}).get("type") == "integer" and re.fullmatch(r"-?[0-9]+", value.strip()):
        return int(value)
    return value


def media_type_matches(declared, actual):
    declared = declared.lower()
    if declared in ("*/*", actual):
        return True
    return declared.endswith("/*") and actual.startswith(declared[:-1])


def shorten(target):
    return target if len(target) <= 80 else f"{target[:60]}...({len(target)} bytes)"


# ---------------------------------------------------------------------------------------------
# Talking to a sandbox


class Sandbox:
    def __init__(self, program, admin_token=None):
        environment = dict(os.environ)
        environment.pop("VIOPAY_SANDBOX_ADMIN_TOKEN", None)
        if admin_token:
            environment["VIOPAY_SANDBOX_ADMIN_TOKEN"] = admin_token
        self.process = subprocess.Popen(
            [program, "--port", "0", "--db", ":memory:", "--log-level", "warning"], env=environment,
            stdout=subprocess.PIPE, text=True)
        for line in self.process.stdout:
            match = re.search(r"listening on http://([^:/\s]+):(\d+)", line)
            if match:
                self.host, self.port = match.group(1), int(match.group(2))
                break
        else:
            raise RuntimeError(f"{program} exited with {self.process.wait()} before it listened")
        # Keep reading stdout, so the sandbox never blocks on a full pipe.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def send(self, method, target, headers=None, body=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT_S)
        try:
            connection.request(method, target, body=body, headers=headers or {})
            response = connection.getresponse()
            return Answer(response.status, response.getheaders(), response.read())
        finally:
            connection.close()


class Run:
    """Sends requests to one sandbox, checks every answer, and keeps what the scenario saves."""

    def __init__(self, sandbox, checker):
        self.sandbox = sandbox
        self.checker = checker
        self.context = {}
        self.failures = []  # a request that did not reach the status it was meant to

    def send(self, expect, method, target, headers=None, body=None):
        answer = self.sandbox.send(method, target, headers, body)
        self.checker.check(method, target, answer)
        if expect is not None and answer.status != expect:
            self.failures.append(f"{method} {shorten(target)}: meant to answer {expect}, answered {answer.status} "
                                 f"{answer.body[:200]!r}")
        return answer

    def substitute(self, text):
        return string.Template(text).substitute(self.context)

    def step(self, step):
        if callable(step.headers):
            headers = step.headers(self.context)
        else:
            headers = {name: self.substitute(value) for name, value in step.headers.items()}
        if callable(step.body):
            body = step.body(self.context).encode()
        else:
            body = json.dumps(step.body) if isinstance(step.body, dict) else step.body
            body = None if body is None else self.substitute(body).encode()
        answer = self.send(step.expect, step.method, self.substitute(step.target), headers, body)
        for name, source in step.save.items():
            if source.startswith("header:"):
                self.context[name] = answer.header(source.removeprefix("header:"))
            elif answer.status < 300:
                self.context[name] = (answer.json() or {}).get(source, "")
        if step.after is not None and answer.status < 300:
            step.after(answer.json() or {}, self.context)
        return answer


def example_target(template, operation):
    """The template with each path parameter replaced by its example."""
    target = template
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path":
            target = target.replace("{" + parameter["name"] + "}", str(parameter.get("example", "x")))
    return target


def is_admin(operation):
    return any("adminToken" in requirement for requirement in operation.get("security", []))


def is_api(operation):
    """Whether fault drills reach it: everything but the Sandbox tag (admin endpoints, claim page)."""
    return "Sandbox" not in operation.get("tags", [])


def probe_every_operation(run, description):
    """The answers every endpoint gives whatever its own rules: size limits, an undeclared method,
    a CORS preflight."""
    for template, method, operation in description.operations():
        target = example_target(template, operation)
        run.send(413, method, target, JSON, b"x" * (16 * 1024 + 1))
        run.send(414, method, target + "?pad=" + "a" * 2100)
        run.send(431, method, target, {"X-Pad": "a" * (17 * 1024)})
    for template, _, item in description.paths:
        target = example_target(template, next(item[m] for m in HTTP_METHODS if m in item))
        undeclared = next(m for m in ("DELETE", "PATCH", "PUT", "POST") if m.lower() not in item)
        run.send(405, undeclared, target)
        if "options" not in item:
            preflight = run.send(405, "OPTIONS", target,
                                 {"Origin": "https://attacker.example", "Access-Control-Request-Method": "POST"})
            granted = [name for name, _ in preflight.headers if name.lower().startswith("access-control-allow-")]
            if granted:
                run.failures.append(f"OPTIONS {template}: a CORS preflight was granted ({', '.join(granted)})")


def probe_fault_drills(run, description):
    """Fault drills reach the API, not the identity provider (another server in production)."""
    api_operations = [(t, m, o) for t, m, o in description.operations() if is_api(o) and "Identity" not in o["tags"]]
    for faults, expect in (({"offline": True}, 503), ({"error_rate": 1.0, "error_code": "5000"}, 500)):
        run.send(200, "PUT", "/sandbox/faults", JSON, json.dumps(faults).encode())
        for template, method, operation in api_operations:
            run.send(expect, method, example_target(template, operation))
        run.send(200, "GET", "/sandbox/state")  # no drill touches the admin endpoints
        run.send(200, "GET", "/claim")  # nor the claim page
    run.send(200, "PUT", "/sandbox/faults", JSON, b"{}")


def probe_network_drill(run, description):
    """With drop_connections, every API operation's connection closes without a byte of answer;
    the admin endpoints and the claim page still answer."""
    run.send(200, "PUT", "/sandbox/network", JSON, b'{"drop_connections":true}')
    for template, method, operation in description.operations():
        if not is_api(operation):
            continue
        try:
            answer = run.sandbox.send(method, example_target(template, operation))
        except (http.client.RemoteDisconnected, ConnectionResetError):
            continue
        run.failures.append(f"{method} {template}: answered {answer.status} while connections are dropped")
    run.send(200, "GET", "/sandbox/state")
    run.send(200, "GET", "/claim")
    run.send(200, "PUT", "/sandbox/network", JSON, b"{}")
    run.send(200, "POST", "/pos/bootstrap", pos())


def probe_admin_guards(open_run, token_run, description):
    for template, method, operation in description.operations():
        if not is_admin(operation):
            continue
        target = example_target(template, operation)
        open_run.send(403, method, target, {"Host": "rebound.attacker.example:8080", **JSON}, b"{}")
        token_run.send(401, method, target, JSON, b"{}")


def held_status_woken(run):
    """A held status request answers 200 at once when the device's state changes."""
    device = "POS-1A2B3C02"
    etag = run.send(200, "GET", "/pos/status", pos(device)).header("ETag")
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        held = pool.submit(run.send, 200, "GET", "/pos/status", {**pos(device), "If-None-Match": etag, "Prefer": "wait=30"})
        # Whether the code comes before or after the hold begins, the answer is the new state.
        run.send(200, "POST", "/pos/pairing-code", pos(device))
        held.result()


def held_status_refused(run, per_device_limit=32):
    """One status request past the per-device limit of held ones answers 429 at once."""
    device = "POS-1A2B3C03"
    etag = run.send(200, "GET", "/pos/status", pos(device)).header("ETag")
    waiting = {**pos(device), "If-None-Match": etag, "Prefer": "wait=30"}
    with concurrent.futures.ThreadPoolExecutor(per_device_limit + 1) as pool:
        requests = [pool.submit(run.send, None, "GET", "/pos/status", waiting) for _ in range(per_device_limit + 1)]
        # The refused one answers at once; the others wait for a change, so all have arrived then.
        concurrent.futures.wait(requests, timeout=REQUEST_TIMEOUT_S, return_when=concurrent.futures.FIRST_COMPLETED)
        run.send(200, "POST", "/pos/pairing-code", pos(device))  # wakes every held request
        statuses = sorted(request.result().status for request in requests)
    if statuses != [200] * per_device_limit + [429]:
        run.failures.append(f"GET /pos/status: {per_device_limit + 1} waiting requests for one device answered "
                            f"{statuses}, meant 429 once and 200 for the rest")


def held_list_woken(run):
    """A held device list (FLEET.md) answers 200 at once when the list changes: here a rename."""
    ops = {"Authorization": "Bearer " + run.context["token"]}
    viewer = {"Authorization": "Bearer " + run.context["viewer"]}
    etag = run.send(200, "GET", "/merchant/devices", viewer).header("ETag")
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        held = pool.submit(run.send, 200, "GET", "/merchant/devices", {**viewer, "If-None-Match": etag, "Prefer": "wait=30"})
        run.send(200, "PATCH", "/merchant/devices/POS-1A2B3C05", {**ops, **JSON}, b'{"name":"Window"}')
        held.result()


def held_list_refused(run, per_merchant_limit=32):
    """One device list request past the per-merchant limit of held ones answers 429 at once."""
    ops = {"Authorization": "Bearer " + run.context["token"]}
    etag = run.send(200, "GET", "/merchant/devices", ops).header("ETag")
    waiting = {**ops, "If-None-Match": etag, "Prefer": "wait=30"}
    with concurrent.futures.ThreadPoolExecutor(per_merchant_limit + 1) as pool:
        requests = [pool.submit(run.send, None, "GET", "/merchant/devices", waiting) for _ in range(per_merchant_limit + 1)]
        concurrent.futures.wait(requests, timeout=REQUEST_TIMEOUT_S, return_when=concurrent.futures.FIRST_COMPLETED)
        run.send(200, "PATCH", "/merchant/devices/POS-1A2B3C05", {**ops, **JSON}, b'{"name":"Door"}')
        statuses = sorted(request.result().status for request in requests)
    if statuses != [200] * per_merchant_limit + [429]:
        run.failures.append(f"GET /merchant/devices: {per_merchant_limit + 1} waiting requests of one merchant "
                            f"answered {statuses}, meant 429 once and 200 for the rest")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True, help="docs/openapi.yaml")
    parser.add_argument("--sandbox", required=True, help="the viopay-sandbox program")
    arguments = parser.parse_args()

    description = Description(arguments.spec)
    checker = Checker(description)
    with contextlib.ExitStack() as sandboxes:
        open_sandbox = Sandbox(arguments.sandbox)
        sandboxes.callback(open_sandbox.close)
        token_sandbox = Sandbox(arguments.sandbox, ADMIN_TOKEN)
        sandboxes.callback(token_sandbox.close)
        open_run, token_run = Run(open_sandbox, checker), Run(token_sandbox, checker)
        for step in SCENARIO:
            open_run.step(step)
        for step in TOKEN_SCENARIO:
            token_run.step(step)
        held_status_woken(open_run)
        held_status_refused(open_run)
        held_list_woken(open_run)
        held_list_refused(open_run)
        probe_every_operation(open_run, description)
        probe_fault_drills(open_run, description)
        probe_network_drill(open_run, description)
        probe_admin_guards(open_run, token_run, description)

    failures = open_run.failures + token_run.failures
    violations = Counter(checker.violations)
    unexercised = list(checker.unexercised())
    for failure in failures:
        print(f"SCENARIO: {failure}")
    for violation, count in violations.items():
        print(f"VIOLATION: {violation}" + (f" (x{count})" if count > 1 else ""))
    for problem in unexercised:
        print(f"UNTESTED: {problem}")
    total = len(failures) + len(violations) + len(unexercised)
    print(f"openapi_contract: {len(checker.seen)} declared answers seen; {len(violations)} distinct violations, "
          f"{len(failures)} scenario failures, {len(unexercised)} declared statuses never exercised")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
