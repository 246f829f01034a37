#!/usr/bin/env python3
"""A stand-in for the system browser (VIOPAY_BROWSER): given the authorization URL, it posts the
sandbox's login form as a person would (the query's fields, the demo merchant's e-mail and
password, the sign-in button) and follows the redirect to the app's loopback listener."""
import http.client
import sys
import urllib.parse

url = urllib.parse.urlsplit(sys.argv[1])
form = url.query + "&" + urllib.parse.urlencode(
    {"username": "ops@cafe-lumen.test", "password": "pairing-demo", "action": "sign-in"})
provider = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
provider.request("POST", url.path, form, {"Content-Type": "application/x-www-form-urlencoded"})
answer = provider.getresponse()
location = answer.getheader("Location")
if answer.status != 302 or not location:
    sys.exit(f"the login page answered {answer.status}, not a redirect")
back = urllib.parse.urlsplit(location)
app = http.client.HTTPConnection(back.hostname, back.port, timeout=10)
app.request("GET", back.path + "?" + back.query)
page = app.getresponse().read().decode()
print("the app answered the browser:", "return to" in page and "a return page" or page[:80], file=sys.stderr)
