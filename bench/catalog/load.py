#!/usr/bin/env python3
"""HTTP load for the catalogue benchmark: CLIENTS threads send GET URL back to back for DURATION seconds after
WARMUP seconds; prints the median and 95th percentile latency and the throughput. Python 3 standard library only.

    python3 bench/catalog/load.py URL [--clients 16] [--warmup 60] [--duration 60]
"""

import argparse
import threading
import time
import urllib.request


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--warmup", type=float, default=60)
    parser.add_argument("--duration", type=float, default=60)
    args = parser.parse_args()

    start = time.monotonic()
    measure_from = start + args.warmup
    stop = measure_from + args.duration
    latencies, errors, lock = [], [0], threading.Lock()

    def client():
        while True:
            began = time.monotonic()
            if began >= stop:
                return
            try:
                with urllib.request.urlopen(args.url, timeout=30) as answer:
                    answer.read()
                    ok = answer.status == 200
            except OSError:
                ok = False
            ended = time.monotonic()
            if began >= measure_from:
                with lock:
                    if ok:
                        latencies.append(ended - began)
                    else:
                        errors[0] += 1

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if not latencies:
        raise SystemExit("no successful request measured (%d errors)" % errors[0])
    print("requests %d, errors %d, %.1f req/s, p50 %.1f ms, p95 %.1f ms" % (
        len(latencies), errors[0], len(latencies) / args.duration, 1000 * percentile(latencies, 0.5),
        1000 * percentile(latencies, 0.95)))


if __name__ == "__main__":
    main()
