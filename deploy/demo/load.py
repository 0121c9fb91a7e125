#!/usr/bin/env python3
"""Load the OD4G demo data into a running suite, through the gateway's public API only.

    python3 deploy/demo/load.py          (or ./od4g demo, which checks the gateway first and keeps a log)

Env: OD4G_GATEWAY (default http://localhost:8080), OD4G_KEYCLOAK (default http://localhost:8180),
     OD4G_DEMO_PASSWORD (default demo). How it works and how to add a part: demo_api.py.
"""

import json
import os
import sys

from demo_api import ACCOUNTS_FILE, GATEWAY, HERE, KEYCLOAK, PARTS, Api, Context, LoadError, Report, Tokens
# The parts, in load order: organisations first, as every other record belongs to one.
import catalog  # noqa: F401,E402
import assessment  # noqa: F401,E402
import workshop  # noqa: F401,E402


# ---------------------------------------------------------------- main

def read_json(filename):
    path = os.path.join(HERE, filename)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as error:
        raise LoadError("cannot read %s: %s" % (path, error))
    except ValueError as error:
        raise LoadError("%s is not valid JSON: %s" % (path, error))


def main():
    # read every file before the first request, so a JSON syntax error stops the load before it starts
    accounts = read_json(ACCOUNTS_FILE)
    contents = [(filename, function, read_json(filename)) for filename, function in PARTS]
    known = {ACCOUNTS_FILE} | {filename for filename, _ in PARTS}
    for extra in sorted(f for f in os.listdir(HERE) if f.endswith(".json") and f not in known):
        print("warning: %s has no @part function in load.py; not loaded" % extra, file=sys.stderr)

    print("loading demo data into %s (tokens from %s)" % (GATEWAY, KEYCLOAK), flush=True)
    report = Report()
    ctx = Context(Api(Tokens()), report, accounts)
    try:
        for filename, function, data in contents:
            if not isinstance(data, list):
                raise LoadError("%s must hold a JSON array" % filename)
            function(ctx, data)
    except LoadError:
        print("stopped after: " + report.summary(), flush=True)
        raise
    print("demo data: " + report.summary(), flush=True)


if __name__ == "__main__":
    try:
        main()
    except LoadError as error:
        print("od4g demo: FAILED: %s" % error, file=sys.stderr, flush=True)
        sys.exit(1)
    except KeyboardInterrupt:
        print("od4g demo: interrupted", file=sys.stderr)
        sys.exit(130)
