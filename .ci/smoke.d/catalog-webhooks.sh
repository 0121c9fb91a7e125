# catalog-service: the webhook hub end to end through the gateway. A tiny receiver on 127.0.0.1 (python3, in the
# background, bounded by `timeout`, killed by its PID at the end) is subscribed by coordinator-ge to dataset.published;
# a new Grand Est dataset is published; within 30 s the receiver must get one POST whose webhook-signature verifies
# (Standard Webhooks: HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}" with the secret shown at creation).
# Needs the local run to allow private targets (OD4G_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true, set by ./od4g).
# Then the catalog's GDPR part: coordinator-ge reads their own part (403 for another person).
# Sourced by .ci/smoke (uses call, expect, json_field, pass, fail, $USER_TOKEN, $TS).

HOOK_DIR="$(mktemp -d)"
timeout 90 python3 - "$HOOK_DIR" <<'PY' >"$HOOK_DIR/receiver.log" 2>&1 &
import http.server, json, os, sys
folder = sys.argv[1]
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        record = {"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
        with open(os.path.join(folder, "received.jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        self.send_response(204)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
with open(os.path.join(folder, "port.tmp"), "w") as out:
    out.write(str(server.server_address[1]))
os.replace(os.path.join(folder, "port.tmp"), os.path.join(folder, "port"))
server.serve_forever()
PY
HOOK_PID=$!
for _ in $(seq 1 50); do [[ -s "$HOOK_DIR/port" ]] && break; sleep 0.1; done
HOOK_PORT="$(cat "$HOOK_DIR/port" 2>/dev/null || true)"

if [[ -z "$HOOK_PORT" ]]; then
  fail "catalog webhooks: the local receiver started" "$(cat "$HOOK_DIR/receiver.log" 2>/dev/null)"
else
  call POST /api/webhooks "$USER_TOKEN" \
    '{"url":"http://127.0.0.1:'"$HOOK_PORT"'/hook","eventTypes":["dataset.published"],"description":"smoke '"$TS"'"}'
  HOOK_SECRET="$(json_field secret <<<"$BODY_FULL")"; HOOK_ID="$(json_field id <<<"$BODY_FULL")"; HOOK_ETAG="$ETAG"
  if [[ "$STATUS" == 201 && "$HOOK_SECRET" == whsec_* ]]; then
    pass "catalog webhooks: coordinator-ge subscribes a local receiver to dataset.published (201, secret shown once)"
  else fail "catalog webhooks: subscribing a local receiver (needs OD4G_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true)" "got $STATUS $BODY_OUT"; fi
  call GET "/api/webhooks/$HOOK_ID" "$USER_TOKEN"
  if [[ "$STATUS" == 200 && "$BODY_FULL" != *whsec_* ]]; then pass "catalog webhooks: reading the subscription never shows the secret"
  else fail "catalog webhooks: reading the subscription never shows the secret" "got $STATUS $BODY_OUT"; fi
  call GET "/api/webhooks/$HOOK_ID" "$(token coordinator-ve)"
  expect "catalog webhooks: another organisation's coordinator gets 404 for the subscription" 404 problem

  call POST /api/datasets "$USER_TOKEN" \
    '{"title":{"en":"Smoke webhook '"$TS"'","fr":"Test webhook '"$TS"'"},"description":{"en":"Published by the webhook smoke test."},"themes":["GOVE"],"license":"ETALAB_2_0"}'
  HOOK_DATASET="$(json_field id <<<"$BODY_FULL")"
  call POST "/api/datasets/$HOOK_DATASET/publish" "$USER_TOKEN" "" "$ETAG"
  expect "catalog webhooks: coordinator-ge publishes a new dataset" 200
  HOOK_DATASET_ETAG="$ETAG"

  HOOK_CHECK=""
  for _ in $(seq 1 30); do
    if [[ -s "$HOOK_DIR/received.jsonl" ]]; then
      HOOK_CHECK="$(python3 - "$HOOK_DIR/received.jsonl" "$HOOK_SECRET" "$HOOK_DATASET" <<'PY'
import base64, hashlib, hmac, json, sys
path, secret, dataset = sys.argv[1], sys.argv[2], sys.argv[3]
key = base64.b64decode(secret[len("whsec_"):])
for line in open(path, encoding="utf-8"):
    request = json.loads(line)
    headers, body = request["headers"], request["body"]
    payload = json.loads(body)
    if payload.get("type") != "dataset.published" or payload.get("data", {}).get("id") != dataset:
        continue
    signed = "%s.%s.%s" % (headers["webhook-id"], headers["webhook-timestamp"], body)
    expected = "v1," + base64.b64encode(hmac.new(key, signed.encode("utf-8"), hashlib.sha256).digest()).decode()
    print("valid" if expected in headers["webhook-signature"].split(" ") else "bad-signature " + headers["webhook-signature"])
    break
PY
)" || true
      [[ -n "$HOOK_CHECK" ]] && break
    fi
    sleep 1
  done
  if [[ "$HOOK_CHECK" == valid ]]; then
    pass "catalog webhooks: the receiver got dataset.published for the new dataset within 30 s, signature verified"
  else fail "catalog webhooks: dataset.published delivered and signed within 30 s" "got '${HOOK_CHECK:-nothing}'"; fi

  call GET "/api/webhooks/$HOOK_ID/deliveries?status=DELIVERED" "$USER_TOKEN"
  HOOK_TOTAL="$(json_field total <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "${HOOK_TOTAL:-0}" -ge 1 ]]; then pass "catalog webhooks: the delivery is listed as DELIVERED with its attempt"
  else fail "catalog webhooks: the delivery is listed as DELIVERED" "got $STATUS $BODY_OUT"; fi

  call GET "/api/webhooks/$HOOK_ID" "$USER_TOKEN"
  call DELETE "/api/webhooks/$HOOK_ID" "$USER_TOKEN" "" "$ETAG"
  expect "catalog webhooks: the subscription is deleted" 204
  [[ -n "$HOOK_DATASET_ETAG" ]] && call POST "/api/datasets/$HOOK_DATASET/archive" "$USER_TOKEN" "" "$HOOK_DATASET_ETAG"
fi
kill "$HOOK_PID" 2>/dev/null || true
wait "$HOOK_PID" 2>/dev/null || true
rm -rf "$HOOK_DIR"

# The Atom feed of published datasets.
HOOK_FEED="$(curl -s --max-time 30 -w '\n%{http_code} %{content_type}' "$GATEWAY/api/datasets/feed?organization=grand-est&lang=fr")"
if [[ "$(tail -n 1 <<<"$HOOK_FEED")" == "200 application/atom+xml"* && "$HOOK_FEED" == *"<feed xmlns=\"http://www.w3.org/2005/Atom\""* && "$HOOK_FEED" == *"urn:uuid:"* ]]; then
  pass "catalog: GET /api/datasets/feed is an Atom feed of Grand Est's published datasets"
else fail "catalog: the Atom feed of datasets" "$(tail -n 1 <<<"$HOOK_FEED") $(head -c 200 <<<"$HOOK_FEED")"; fi

# The catalog's part of the GDPR persons protocol.
HOOK_SUB="$(token_subject "$USER_TOKEN")"
call GET "/api/catalog/persons/$HOOK_SUB" "$USER_TOKEN"
if [[ "$STATUS" == 200 && "$(json_field service <<<"$BODY_FULL")" == catalog ]]; then
  pass "catalog persons: coordinator-ge reads their own part of the catalog"
else fail "catalog persons: coordinator-ge reads their own part" "got $STATUS $BODY_OUT"; fi
call GET "/api/catalog/persons/$HOOK_SUB" "$(token coordinator-ve)"
expect "catalog persons: another person reading coordinator-ge's part: 403 problem" 403 problem
