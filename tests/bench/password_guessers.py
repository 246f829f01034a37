"""POST /pos/bootstrap latency (p50, p99) on one keep-alive connection, first alone (the reference)
and then while GUESSERS processes send wrong passwords to the token endpoint back to back, each
for new user names so that no lockout spares the hashing. Prints the figures and the guessers'
answers by status. Standard library only; talks to 127.0.0.1 only.

Usage: password_guessers.py PORT [REQUESTS] [GUESSERS]"""
import http.client
import multiprocessing
import sys
import time
from collections import Counter

from results import record

HOST = "127.0.0.1"
POS = {"X-Device-Id": "POS-8F3A2C91", "User-Agent": "Viopay-POS/1.4.2 (Android 12; PAX-A920)",
       "X-Client-Type": "pos"}


def bootstrap_latencies(port, count):
    connection = http.client.HTTPConnection(HOST, port)
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        connection.request("POST", "/pos/bootstrap", b"", POS)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        assert response.status == 200, response.status
    connection.close()
    return sorted(latencies)


def guess(port, guesser, stop, statuses):
    connection = http.client.HTTPConnection(HOST, port)
    counts = Counter()
    attempt = 0
    while not stop.is_set():
        attempt += 1
        body = f"grant_type=password&client_id=viopay-desk&username=g{guesser}-{attempt}%40bench.test&password=x"
        connection.request("POST", "/realms/viopay/protocol/openid-connect/token", body,
                           {"Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        response.read()
        counts[response.status] += 1
    connection.close()
    statuses.put(counts)


def percentile(sorted_values, share):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * share))]


def summary(latencies):
    return f"p50 {percentile(latencies, 0.50):.2f}, p99 {percentile(latencies, 0.99):.2f}"


def main(port, count, guessers):
    bootstrap_latencies(port, 200)  # warm up
    alone = bootstrap_latencies(port, count)

    stop = multiprocessing.Event()
    statuses = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=guess, args=(port, index, stop, statuses)) for index in range(guessers)]
    for worker in workers:
        worker.start()
    time.sleep(0.5)  # every guesser is sending
    guessed = bootstrap_latencies(port, count)
    stop.set()
    answers = Counter()
    for _ in workers:
        answers.update(statuses.get())
    for worker in workers:
        worker.join()

    print(f"bootstrap alone ms: {summary(alone)}; with {guessers} password guessers ms: {summary(guessed)} "
          f"({count} requests each); guessers' answers: {dict(sorted(answers.items()))}")
    record(f"POST /pos/bootstrap latency with {guessers} password guessers, ms", summary(guessed),
           f"no guessers: {summary(alone)}", "")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 2000,
         int(sys.argv[3]) if len(sys.argv) > 3 else 4)
