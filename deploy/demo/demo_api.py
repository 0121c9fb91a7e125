"""What every part of the OD4G demo data uses: HTTP through the gateway, demo users' tokens, the report, the part
registry and ensure_owned(). The parts live in one module per service (catalog.py, assessment.py, workshop.py);
load.py runs them.

Load the OD4G demo data into a running suite, through the gateway's public API only.

    python3 deploy/demo/load.py          (or ./od4g demo, which checks the gateway first and keeps a log)

Signs in as the demo users of the Keycloak realm (password grant, client od4g-test) and creates what is missing:
organisations, questionnaire models, events. Idempotent: every record is looked up before it is created, so a
second run changes nothing. Prints one line per record, exits non-zero on any unexpected HTTP status.

Env: OD4G_GATEWAY (default http://localhost:8080), OD4G_KEYCLOAK (default http://localhost:8180),
     OD4G_DEMO_PASSWORD (default demo).

The content is data: one JSON file per kind of record in this folder. To add a capability, add its file and a
small function decorated with @part("file.json") in its service's module (catalog.py, assessment.py, workshop.py); ensure_owned() covers records that an
organisation drafts and then publishes. Python 3 standard library only.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
GATEWAY = os.environ.get("OD4G_GATEWAY", "http://localhost:8080").rstrip("/")
KEYCLOAK = os.environ.get("OD4G_KEYCLOAK", "http://localhost:8180").rstrip("/")
TOKEN_URL = KEYCLOAK + "/realms/od4g/protocol/openid-connect/token"
CLIENT_ID = "od4g-test"
PASSWORD = os.environ.get("OD4G_DEMO_PASSWORD", "demo")
TIMEOUT_S = 30
RETRY_PAUSES_S = (0.5, 1, 2)
PAGE_SIZE = 100
MAX_PAGES = 1000                 # a guard against a server whose paging never ends
ACCOUNTS_FILE = "accounts.json"  # who signs in for what; not a part


class LoadError(Exception):
    """Stops the load with a message for the person running it."""


class MaybeApplied(LoadError):
    """A conditional change answered 503, sent again and then refused with 412: the first attempt may have been
    applied (the service did the work, the answer was lost on the way). act() re-reads the record to decide."""


# ---------------------------------------------------------------- HTTP

def http(method, url, json_body=None, form=None, headers=None):
    """One request; returns (status, headers, raw body) for every HTTP status, raises LoadError if unreachable."""
    hdrs = {"Accept": "application/json"}
    data = None
    if json_body is not None:
        data = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
        hdrs["Content-Type"] = "application/json"
    elif form is not None:
        data = urllib.parse.urlencode(form).encode("ascii")
        hdrs["Content-Type"] = "application/x-www-form-urlencoded"
    elif method in ("POST", "PUT"):
        data = b""  # e.g. publish: no body, Content-Length: 0
    hdrs.update(headers or {})
    request = urllib.request.Request(url, data=data, headers=hdrs, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        try:
            raw = error.read()
        except OSError:
            raw = b""
        return error.code, error.headers, raw
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise LoadError("%s %s: cannot reach the server (%s); is the suite running (./od4g status)?"
                        % (method, url, reason))


def show_body(raw):
    """The body of an answer for an error message: pretty JSON (problem details), else text, shortened."""
    text = raw.decode("utf-8", "replace")
    try:
        text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        pass
    text = text.strip() or "(empty body)"
    return text if len(text) <= 4000 else text[:4000] + "\n... (%d characters in all)" % len(text)


def parse_json(raw, method, url):
    if not raw:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        raise LoadError("%s %s: the answer is not JSON:\n%s" % (method, url, show_body(raw)))


class Tokens:
    """Access tokens of the demo users, fetched once and again shortly before they expire."""

    def __init__(self):
        self._cache = {}

    def get(self, user):
        token, renew_at = self._cache.get(user, (None, 0.0))
        if token and time.monotonic() < renew_at:
            return token
        form = {"grant_type": "password", "client_id": CLIENT_ID, "username": user, "password": PASSWORD}
        status, _, raw = http("POST", TOKEN_URL, form=form)
        if status != 200:
            raise LoadError("no token for '%s' from Keycloak: POST %s -> HTTP %d\n%s"
                            % (user, TOKEN_URL, status, show_body(raw)))
        answer = parse_json(raw, "POST", TOKEN_URL) or {}
        token = answer.get("access_token")
        if not token:
            raise LoadError("no access_token for '%s' in Keycloak's answer:\n%s" % (user, show_body(raw)))
        lifetime = int(answer.get("expires_in") or 60)
        self._cache[user] = (token, time.monotonic() + max(lifetime - 30, 5))
        return token


class Api:
    """The gateway, called as a given demo user (or anonymously)."""

    def __init__(self, tokens):
        self.tokens = tokens

    def call(self, method, path, user=None, body=None, headers=None, expect=(200,)):
        """Returns (status, headers, JSON body); any status outside `expect` stops the load."""
        url = GATEWAY + path
        hdrs = dict(headers or {})
        if user:
            hdrs["Authorization"] = "Bearer " + self.tokens.get(user)
        status, response_headers, raw = http(method, url, json_body=body, headers=hdrs)
        # A 503 says "try again": a read, or a conditional change (If-Match: applied at most once, a repeat of an
        # applied one is refused with 412), is retried a few times (a service may still be warming up).
        retryable = method == "GET" or "If-Match" in hdrs
        retried = False
        for pause in RETRY_PAUSES_S:
            if not retryable or status != 503 or status in expect:
                break
            time.sleep(pause)
            retried = True
            status, response_headers, raw = http(method, url, json_body=body, headers=hdrs)
        if status not in expect:
            kind = MaybeApplied if retried and status == 412 and method != "GET" else LoadError
            raise kind("%s %s%s -> HTTP %d (expected %s)\n%s"
                            % (method, url, " as " + user if user else "", status,
                               " or ".join(str(s) for s in expect), show_body(raw)))
        return status, response_headers, parse_json(raw, method, url)

    def pages(self, path, params, user=None):
        """Every item of a paged list ({items, page, size, total}), walking all pages."""
        page = 0
        while page < MAX_PAGES:
            query = urllib.parse.urlencode(dict(params, page=page, size=PAGE_SIZE))
            _, _, answer = self.call("GET", "%s?%s" % (path, query), user)
            if not isinstance(answer, dict) or not isinstance(answer.get("items"), list):
                raise LoadError("GET %s%s: expected {items, page, size, total}, got:\n%s"
                                % (GATEWAY, path, show_body(json.dumps(answer).encode())))
            items = answer["items"]
            for item in items:
                yield item
            size = answer.get("size") or PAGE_SIZE
            total = answer.get("total")
            if not items or (isinstance(total, int) and (page + 1) * size >= total):
                return
            page += 1
        raise LoadError("GET %s%s: more than %d pages; giving up" % (GATEWAY, path, MAX_PAGES))


# ---------------------------------------------------------------- report

class Report:
    """One line per record, and the counts for the summary."""

    def __init__(self):
        self.counts = {}  # kind -> {"created": n, "present": n, "published": n}

    def record(self, kind, name, created, published_now=False, note=""):
        counts = self.counts.setdefault(kind, {"created": 0, "present": 0, "published": 0})
        counts["created" if created else "present"] += 1
        if published_now:
            counts["published"] += 1
        if created:
            what = "created and published" if published_now else "created"
        else:
            what = "already present, published now" if published_now else "already present"
        print("  %-12s %s: %s%s" % (kind, name, what, " (" + note + ")" if note else ""), flush=True)

    def summary(self):
        if not self.counts:
            return "nothing loaded"
        parts = []
        for kind, c in self.counts.items():
            text = "%d %s (%d created, %d already present" % (c["created"] + c["present"], kind + "s",
                                                               c["created"], c["present"])
            parts.append(text + (", %d published" % c["published"] if c["published"] else "") + ")")
        created = sum(c["created"] for c in self.counts.values())
        present = sum(c["present"] for c in self.counts.values())
        return "%s; in all %d created, %d already present" % ("; ".join(parts), created, present)


# ---------------------------------------------------------------- context and helpers for the parts

class Context:
    def __init__(self, api, report, accounts):
        self.api = api
        self.report = report
        self.accounts = accounts

    def admin(self):
        user = self.accounts.get("admin")
        if not user:
            raise LoadError("%s names no 'admin' user" % ACCOUNTS_FILE)
        return user

    def member(self, organization, role):
        """The demo user holding `role` in `organization` (accounts.json)."""
        user = (self.accounts.get("organizations", {}).get(organization) or {}).get(role)
        if not user:
            raise LoadError("%s names no '%s' of organisation '%s'" % (ACCOUNTS_FILE, role, organization))
        return user


# fields that may name the owning organisation in a list item
OWNER_FIELDS = ("organization", "organisation", "organiserOrganisation", "ownerOrganisation")


def ensure_owned(ctx, kind, collection, item, role, name, matches):
    """A record drafted by an organisation and, if item["publish"], published.

    Looks it up in the organisation's list (all pages, read as `role` so drafts show), creates it if missing
    (201 DRAFT with an ETag), then publishes it if it should be and is still a draft (POST {id}/publish with
    If-Match). Never changes a record that exists otherwise.
    """
    organization = need(item, "organization", kind)
    body = need(item, "body", kind)
    publish = bool(item.get("publish", False))
    user = ctx.member(organization, role)

    found = None
    for candidate in ctx.api.pages(collection, {"organization": organization}, user):
        owner = next((candidate[f] for f in OWNER_FIELDS if f in candidate), None)
        if owner in (None, organization) and matches(candidate):
            found = candidate
            break

    label = "[%s] %s" % (organization, name)
    if found is None:
        _, headers, created = ctx.api.call("POST", collection, user, body=body, expect=(201,))
        record_id = need(created or {}, "id", "answer to POST " + collection)
        published = publish and publish_record(ctx, collection, record_id, user, headers.get("ETag"))
        ctx.report.record(kind, label, created=True, published_now=published,
                          note="" if publish else "left as a draft")
        return

    status = found.get("status")
    if publish and status == "DRAFT":
        publish_record(ctx, collection, need(found, "id", kind), user, None)
        ctx.report.record(kind, label, created=False, published_now=True)
    else:
        note = status or ""
        if not publish and status and status != "DRAFT":
            note += "; a draft in the demo data, left as it is"
        ctx.report.record(kind, label, created=False, note=note)


def publish_record(ctx, collection, record_id, user, etag):
    """POST {collection}/{id}/publish with If-Match (read from GET {id} when not known); True when published."""
    act(ctx, "%s/%s" % (collection, urllib.parse.quote(str(record_id))), "publish", user, "PUBLISHED", etag)
    return True


def act(ctx, path, action, user, wanted, etag=None):
    """POST {path}/{action} with If-Match (the ETag read from GET {path} when not given) and check that the record
    is now in status `wanted`; returns the record. When the first attempt's answer was lost (503, then 412 on the
    repeat), the record is read again: if it already is in the wanted state, the first attempt did the work."""
    if not etag:
        _, headers, _ = ctx.api.call("GET", path, user)
        etag = headers.get("ETag")
        if not etag:
            raise LoadError("GET %s%s answered without an ETag header; cannot %s" % (GATEWAY, path, action))
    try:
        _, _, record = ctx.api.call("POST", path + "/" + action, user, headers={"If-Match": etag})
    except MaybeApplied:
        _, _, record = ctx.api.call("GET", path, user)
        if (record or {}).get("status") != wanted:
            raise
    status = (record or {}).get("status")
    if status != wanted:
        raise LoadError("POST %s%s/%s answered 200 but the status is %r, not %s"
                        % (GATEWAY, path, action, status, wanted))
    return record


def need(mapping, key, where):
    if not isinstance(mapping, dict) or key not in mapping:
        raise LoadError("%s: missing '%s' in %s" % (where, key, json.dumps(mapping, ensure_ascii=False)[:300]))
    return mapping[key]


# ---------------------------------------------------------------- the parts, in load order

PARTS = []  # (file name, function(ctx, data))


def part(filename):
    def register(function):
        PARTS.append((filename, function))
        return function
    return register
