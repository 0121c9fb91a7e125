#!/usr/bin/env python3
"""Summarises async-profiler collapsed stacks of the gateway (bench/gateway/profile): the share of CPU samples of each
part of the request path, each sample given to the deepest frame that names a part (so a handler's share excludes the
handlers it calls next), then the heaviest leaf frames. Usage: profile-summary.py FILE.collapsed"""
import collections
import re
import sys

PARTS = [
    ("JIT compiler", r"CompileBroker|C2Compiler|C1Compiler"),
    ("garbage collector", r"G1|GCTask|gc_"),
    ("access log (writer thread)", r"AsyncHandler\$AsyncTask"),
    ("event loop: waiting, waking (epoll, eventfd)", r"EPoll\.wait|EPollSelectorImpl|epoll_wait|EventFD|Native\.epollWait|eventFdWrite"),
    ("our code: access log and metrics", r"gateway/edge/RequestLog|micrometer"),
    ("our code: rate limit", r"gateway/edge/RateLimiter"),
    ("our code: CORS, security headers", r"gateway/edge/EdgeHeaders"),
    ("our code: token check", r"gateway/edge/TokenCheck|gateway/edge/VerifiedTokens"),
    ("our code: routing, replicas, circuit, forwarding headers", r"gateway/routing/"),
    ("our code: correlation id, request guard, problems", r"eu/od4growth/common/"),
    ("Quarkus security (authentication)", r"HttpAuthenticator|AuthenticationHandler|io/quarkus/oidc|io/quarkus/security"),
    ("Quarkus HTTP layer, context propagation, Mutiny", r"io/quarkus/|io/smallrye/"),
    ("vertx-http-proxy", r"io/vertx/httpproxy"),
    ("Vert.x Web router", r"io/vertx/ext/web"),
    ("socket reads and writes (system calls)", r"writev|SocketDispatcher|IOUtil\.(read|write)|unix/Socket\.(send|recv|read|write)|unix/FileDescriptor\.(read|write)"),
    ("Netty HTTP codec", r"io/netty/handler/codec/http"),
    ("Vert.x HTTP server and client", r"io/vertx/core/http"),
    ("Netty and Vert.x core (buffers, pipeline, futures)", r"io/netty|io/vertx"),
]

def main(path):
    total = 0
    parts = collections.Counter()
    leaves = collections.Counter()
    for line in open(path):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        count = int(count)
        total += count
        frames = stack.split(";")
        owner = "other (JDK, kernel, unknown)"
        for frame in reversed(frames):
            hit = next((name for name, pattern in PARTS if re.search(pattern, frame)), None)
            if hit:
                owner = hit
                break
        parts[owner] += count
        java = [f for f in frames if "/" in f and not f.endswith("_[k]")]
        leaves[(java[-1] if java else frames[-1])[:110]] += count
    background = parts["JIT compiler"] + parts["garbage collector"]
    print(f"{total} CPU samples (1 ms each)\n")
    print("| part of the request path | share of the gateway's CPU | share without JIT and GC |")
    print("|---|---|---|")
    for name, count in parts.most_common():
        rest = "-" if name in ("JIT compiler", "garbage collector") else f"{100 * count / (total - background):.1f} %"
        print(f"| {name} | {100 * count / total:.1f} % | {rest} |")
    print("\nheaviest leaf frames:")
    print("\n".join(f"  {100 * count / total:5.1f} %  {frame}" for frame, count in leaves.most_common(15)))

if __name__ == "__main__":
    main(sys.argv[1])
