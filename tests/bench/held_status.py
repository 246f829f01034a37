"""1,000 status requests held at once (Prefer: wait), then one claim per device: prints the
sandbox's extra resident memory while holding and the time from each claim's 200 to the held
request's answer (median, p99, max). Talks raw HTTP/1.1 over asyncio; standard library only."""
import asyncio
import json
import statistics
import sys
import time

from results import record

HOST = "127.0.0.1"
# The sandbox holds at most 64 requests and 128 connections per client address, so the held
# requests come from as many loopback addresses as they need (Linux answers all of 127/8).
HELD_PER_SOURCE = 50
UA = "Viopay-POS/1.4.2 (Android 12; PAX-A920)"


async def exchange(reader, writer, method, target, headers, body=b""):
    head = f"{method} {target} HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    writer.write(head.encode() + b"\r\n" + body)
    await writer.drain()
    status_line = await reader.readline()
    response_headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        response_headers[name.strip().lower()] = value.strip()
    length = int(response_headers.get("content-length", "0"))
    payload = await reader.readexactly(length) if length else b""
    return int(status_line.split()[1]), response_headers, payload


async def request(port, method, target, headers, body=b""):
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        return await exchange(reader, writer, method, target, headers, body)
    finally:
        writer.close()


def pos(device):
    return {"X-Device-Id": device, "User-Agent": UA, "X-Client-Type": "pos"}


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def main(port, pid, count):
    devices = [f"POS-C{index:07X}" for index in range(count)]
    for device in devices:
        body = json.dumps({"device_id": device, "merchant_id": "MRC-1001", "model": "PAX-A920"}).encode()
        await request(port, "POST", "/sandbox/devices", {"Content-Type": "application/json"}, body)
    codes = {}
    for device in devices:
        _, _, payload = await request(port, "POST", "/pos/pairing-code", pos(device))
        codes[device] = json.loads(payload)["pairing_code"]
    _, _, payload = await request(
        port, "POST", "/realms/viopay/protocol/openid-connect/token",
        {"Content-Type": "application/x-www-form-urlencoded"},
        b"grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=pairing-demo")
    bearer = "Bearer " + json.loads(payload)["access_token"]
    await request(port, "POST", "/session/initiate", {"Authorization": bearer, "Content-Type": "application/json"},
                  b'{"host":"merchant.viopay.io"}')

    before = rss_kib(pid)
    answered_at = {}

    async def hold(index, device):
        # One connection per device, as a kiosk keeps: the sandbox counts connections, and a
        # second one per device would pass its cap of 1,024.
        source = f"127.0.0.{2 + index // HELD_PER_SOURCE}"
        reader, writer = await asyncio.open_connection(HOST, port, local_addr=(source, 0))
        _, headers, _ = await exchange(reader, writer, "GET", "/pos/status", pos(device))
        held_headers = dict(pos(device), **{"If-None-Match": headers["etag"], "Prefer": "wait=30"})
        ready.append(device)
        status, _, _ = await exchange(reader, writer, "GET", "/pos/status", held_headers)
        answered_at[device] = (time.perf_counter(), status)
        writer.close()

    ready = []
    holders = [asyncio.create_task(hold(index, device)) for index, device in enumerate(devices)]
    deadline = time.monotonic() + 60
    while len(ready) < count:
        failed = [task for task in holders if task.done() and task.exception()]
        if failed or time.monotonic() > deadline:
            sys.exit(f"only {len(ready)} of {count} status requests were held: {failed[0].exception() if failed else 'timed out'}")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # every request has reached the server and is held
    holding = rss_kib(pid)

    claim_headers = {"Authorization": bearer, "Content-Type": "application/json"}
    reader, writer = await asyncio.open_connection(HOST, port)
    claimed_at = {}
    for device in devices:
        body = json.dumps({"pairing_code": codes[device]}).encode()
        status, _, _ = await exchange(reader, writer, "POST", "/pos/claim", claim_headers, body)
        claimed_at[device] = time.perf_counter()
        assert status == 200, status
    writer.close()
    await asyncio.gather(*holders)

    delays = sorted((answered_at[d][0] - claimed_at[d]) * 1000 for d in devices)
    statuses = {answered_at[d][1] for d in devices}
    p99 = delays[int(len(delays) * 0.99) - 1]
    record(f"{count:,} held status requests: extra resident memory of the sandbox",
           f"+{(holding - before) / 1024:.1f} MiB", f"before holding: {before / 1024:.1f} MiB")
    record("A claim's 200 to its held status answer, ms", f"median {statistics.median(delays):.2f}, p99 {p99:.2f}",
           "", "p99 under 50 ms")
    print(f"held={count} statuses={sorted(statuses)} rss_before_kib={before} rss_holding_kib={holding} "
          f"extra_kib={holding - before} claim_to_answer_ms median={statistics.median(delays):.2f} "
          f"p99={p99:.2f} max={delays[-1]:.2f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1000))
