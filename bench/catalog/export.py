#!/usr/bin/env python3
"""Turtle export of the whole catalogue for the benchmark: walks GET /api/catalog page by page (Link rel="next")
and reports datasets per second and the service's peak resident memory during the walk (its VmHWM, reset first
through /proc/PID/clear_refs, which needs the rights on that process). Python 3 standard library only.

    python3 bench/catalog/export.py SERVICE_URL SERVICE_PID [--size 100]
"""

import argparse
import re
import time
import urllib.request

NEXT = re.compile(r'<([^>]*)>;\s*rel="next"')
DATASET = re.compile(rb"/api/datasets/([0-9a-f-]{36})>")


def status_kb(pid, field):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("service")
    parser.add_argument("pid", type=int)
    parser.add_argument("--size", type=int, default=100)
    args = parser.parse_args()

    try:
        with open("/proc/%d/clear_refs" % args.pid, "w") as refs:
            refs.write("5")  # resets VmHWM to the current RSS
    except OSError as error:
        print("cannot reset the peak RSS (%s); VmHWM then includes what came before" % error)
    rss_before = status_kb(args.pid, "VmRSS")
    url = "%s/api/catalog?page=0&size=%d" % (args.service.rstrip("/"), args.size)
    datasets = pages = size = 0
    began = time.monotonic()
    while url:
        request = urllib.request.Request(url, headers={"Accept": "text/turtle"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            body = answer.read()
            links = ", ".join(answer.headers.get_all("Link") or [])
        size += len(body)
        pages += 1
        # A dataset's URI ends right after its id; its distributions' URIs go on with /distributions/...
        datasets += len(set(DATASET.findall(body)))
        match = NEXT.search(links)
        url = match.group(1) if match else None
    seconds = time.monotonic() - began
    print("pages %d, datasets %d, %.1f MB of Turtle in %.1f s: %.0f datasets/s; service RSS %d MB before, peak %d MB"
          % (pages, datasets, size / 1e6, seconds, datasets / seconds, rss_before / 1024,
             status_kb(args.pid, "VmHWM") / 1024))


if __name__ == "__main__":
    main()
