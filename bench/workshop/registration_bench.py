#!/usr/bin/env python3
"""Registration benchmark of the workshop-service, through the gateway of a running local suite (./od4g up).

    python3 bench/workshop/registration_bench.py [--clients 64] [--attempts 10000] [--places 100] [--warmup 2000]

A coordinator (coordinator-ge) creates a published event and a session of --places places, then --clients threads
send --attempts registrations in all, each for a different person (organisers register someone with "participant",
so one demo account stands for thousands of people and every attempt takes the session's lock, as real ones do).
A warm-up round on a session of its own comes first (the JVM is slow for its first minute). Prints throughput,
latency percentiles, the statuses, and the over-booking count (places held beyond the capacity; must be 0).

Bounded and local only: it refuses a gateway or Keycloak that is not on the loopback interface, sends exactly the
attempts asked for (at most 100,000), with a 30 s timeout per request. The gateway's per-caller rate limit
(od4g.gateway.rate-limit.default.authenticated, 1200/min) must be raised for the run, e.g. by starting the gateway
with OD4G_GATEWAY_RATE_LIMIT_DEFAULT_AUTHENTICATED=10000000; 429 answers are counted apart. Python 3 stdlib only.
"""

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gateway", default="http://localhost:8080")
    parser.add_argument("--keycloak", default="http://localhost:8180")
    parser.add_argument("--user", default="coordinator-ge")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--attempts", type=int, default=10000)
    parser.add_argument("--places", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=2000, help="attempts on a warm-up session first (0: none)")
    args = parser.parse_args()
    for url in (args.gateway, args.keycloak):
        host = urllib.parse.urlsplit(url).hostname
        if host not in LOOPBACK:
            parser.error("%s is not on the loopback interface; this benchmark only runs against a local suite" % url)
    if not (1 <= args.clients <= 256 and 1 <= args.attempts <= 100_000 and 1 <= args.places <= 100_000):
        parser.error("clients 1-256, attempts 1-100000, places 1-100000")
    return args


class Token:
    """The coordinator's access token, renewed every minute (Keycloak's tokens live a few minutes)."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.value, self.at = None, 0.0

    def get(self):
        with self.lock:
            if self.value is None or time.monotonic() - self.at > 60:
                form = urllib.parse.urlencode({"grant_type": "password", "client_id": "od4g-test",
                                               "username": self.args.user, "password": self.args.password}).encode()
                url = self.args.keycloak.rstrip("/") + "/realms/od4g/protocol/openid-connect/token"
                with urllib.request.urlopen(url, data=form, timeout=30) as answer:
                    self.value = json.load(answer)["access_token"]
                self.at = time.monotonic()
            return self.value


class Client:
    """One keep-alive connection to the gateway."""

    def __init__(self, gateway):
        parts = urllib.parse.urlsplit(gateway)
        self.host, self.port = parts.hostname, parts.port or 80
        self.connection = None

    def call(self, method, path, token, body=None, headers=None):
        hdrs = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        hdrs.update(headers or {})
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        # Only reads are retried on a broken connection: a POST may have been received, and sending it again
        # would measure a duplicate, not a registration.
        for attempt in ((1, 2) if method == "GET" else (2,)):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.connection.request(method, path, body=data, headers=hdrs)
                response = self.connection.getresponse()
                raw = response.read()
                return response.status, response.getheader("ETag"), json.loads(raw) if raw else None
            except (http.client.HTTPException, OSError):
                self.connection = None
                if attempt == 2:
                    return 0, None, None
        return 0, None, None


def setup(args, token, label, places):
    client = Client(args.gateway)
    stamp = "%s %d" % (label, int(time.time() * 1000))
    status, etag, event = client.call("POST", "/api/events", token.get(), {
        "title": {"en": "Benchmark " + stamp}, "kind": "WORKSHOP", "format": "ONLINE",
        "startsAt": "2035-01-15T09:00:00Z", "endsAt": "2035-01-15T10:00:00Z"})
    if status != 201:
        sys.exit("cannot create the benchmark event: HTTP %d %s" % (status, event))
    status, _, _ = client.call("POST", "/api/events/%s/publish" % event["id"], token.get(), headers={"If-Match": etag})
    if status != 200:
        sys.exit("cannot publish the benchmark event: HTTP %d" % status)
    status, _, session = client.call("POST", "/api/sessions", token.get(), {
        "event": event["id"], "startsAt": "2035-01-15T10:00:00+01:00", "endsAt": "2035-01-15T11:00:00+01:00",
        "timeZone": "Europe/Paris", "capacity": places})
    if status != 201:
        sys.exit("cannot create the benchmark session: HTTP %d %s" % (status, session))
    return session["id"], stamp.replace(" ", "-")


def run(args, token, session, stamp, attempts):
    """Sends `attempts` registrations from args.clients threads; answers (seconds, latencies, statuses)."""
    counter = iter(range(attempts))
    counter_lock = threading.Lock()
    latencies, statuses = [], {}
    results_lock = threading.Lock()

    def worker():
        client = Client(args.gateway)
        mine, seen = [], {}
        while True:
            with counter_lock:
                n = next(counter, None)
            if n is None:
                break
            body = {"session": session, "participant": {"name": "Bench %d" % n,
                                                        "email": "bench-%s-%d@example.org" % (stamp, n)}}
            start = time.perf_counter()
            status, _, _ = client.call("POST", "/api/registrations", token.get(), body)
            mine.append(time.perf_counter() - start)
            seen[status] = seen.get(status, 0) + 1
        with results_lock:
            latencies.extend(mine)
            for status, count in seen.items():
                statuses[status] = statuses.get(status, 0) + count

    threads = [threading.Thread(target=worker) for _ in range(args.clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, statuses


def held(args, token, session):
    """Places held (CONFIRMED + OFFERED) by the session's own count and by the organiser's list."""
    client = Client(args.gateway)
    _, _, view = client.call("GET", "/api/sessions/" + session, token.get())
    counts = {}
    for status in ("CONFIRMED", "OFFERED", "WAITING"):
        _, _, page = client.call("GET", "/api/registrations?size=1&status=%s&session=%s" % (status, session),
                                 token.get())
        counts[status] = (page or {}).get("total", -1)
    return view, counts


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def main():
    args = parse_args()
    token = Token(args)
    if args.warmup:
        session, stamp = setup(args, token, "warm-up", args.places)
        seconds, _, statuses = run(args, token, session, stamp, args.warmup)
        print("warm-up: %d attempts in %.1f s, statuses %s" % (args.warmup, seconds, statuses), flush=True)
    session, stamp = setup(args, token, "run", args.places)
    seconds, latencies, statuses = run(args, token, session, stamp, args.attempts)
    view, counts = held(args, token, session)
    over = max(0, counts["CONFIRMED"] + counts["OFFERED"] - args.places)
    result = {
        "clients": args.clients, "attempts": args.attempts, "places": args.places, "seconds": round(seconds, 2),
        "attemptsPerSecond": round(args.attempts / seconds, 1),
        "latencyMs": {"p50": round(percentile(latencies, 50) * 1000, 1), "p95": round(percentile(latencies, 95) * 1000, 1),
                      "p99": round(percentile(latencies, 99) * 1000, 1), "max": round(max(latencies) * 1000, 1),
                      "mean": round(statistics.mean(latencies) * 1000, 1)},
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "registrations": counts, "sessionPlacesTaken": (view or {}).get("placesTaken"),
        "overBooked": over, "session": session,
    }
    print(json.dumps(result, indent=2))
    if over:
        print("OVER-BOOKED by %d places" % over, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
