"""Provisions COUNT devices POS-<prefix>0000000 upwards for MRC-1001 over one keep-alive connection."""
import http.client
import json
import sys

port, prefix, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
connection = http.client.HTTPConnection("127.0.0.1", port)
for index in range(count):
    body = json.dumps({"device_id": f"POS-{prefix}{index:07X}", "merchant_id": "MRC-1001", "model": "PAX-A920"})
    connection.request("POST", "/sandbox/devices", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    if response.status not in (201, 409):
        sys.exit(f"provisioning failed: HTTP {response.status}")
