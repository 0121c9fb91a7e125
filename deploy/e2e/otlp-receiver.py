#!/usr/bin/env python3
"""A minimal OTLP/HTTP trace receiver for the end-to-end checks: accepts POST /v1/traces (protobuf) on 127.0.0.1 and
keeps each export as a file, so a check can look for a trace id (its 16 raw bytes) and the exporting service's name.
It decodes nothing: the protobuf carries both as plain bytes. Stops after --lifetime seconds at most.

    deploy/e2e/otlp-receiver.py --port 4318 --dir /tmp/od4g-otlp --lifetime 3600 &
"""

import argparse
import http.server
import itertools
import os
import threading

counter = itertools.count()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=4318)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--lifetime", type=int, default=3600)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/v1/traces":
                with open(os.path.join(args.dir, "export-%06d.bin" % next(counter)), "wb") as f:
                    f.write(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Receiver)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
