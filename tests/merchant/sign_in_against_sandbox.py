#!/usr/bin/env python3
"""The app's browser sign-in (PKCE, state, nonce, ID token checked against the JWKS) against our
own sandbox as the identity provider: a started viopay-sandbox, the app's sign-in program and
sandbox_browser.py as the browser. (A wrong password leaves the browser on the login page, which
tests/web/login_page.test.mjs covers.)
Usage: sign_in_against_sandbox.py SANDBOX SIGN_IN_PROGRAM"""
import os
import subprocess
import sys
import tempfile

sandbox_program, sign_in_program = sys.argv[1], sys.argv[2]
browser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sandbox_browser.py")


def sign_in(issuer):
    env = dict(os.environ, VIOPAY_BROWSER=browser)
    run = subprocess.run([sign_in_program, issuer], env=env, capture_output=True, text=True, timeout=60)
    return run.returncode, run.stdout + run.stderr


with tempfile.TemporaryDirectory() as scratch:
    sandbox = subprocess.Popen([sandbox_program, "--port", "0", "--db", os.path.join(scratch, "sandbox.db")],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = sandbox.stdout.readline()
        if not line.startswith("listening on "):
            sys.exit(f"the sandbox did not start: {line!r}")
        issuer = line.split()[-1] + "/realms/viopay"
        code, output = sign_in(issuer)
        print(output)
        assert code == 0, "the sign-in failed"
        assert "outcome: signed-in" in output and "refresh token present" in output, output
        assert "a return page" in output, "the browser was not told to return to the app"
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
print("the app signed in through the sandbox's provider")
