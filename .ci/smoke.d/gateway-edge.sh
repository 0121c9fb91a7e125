# Gateway edge through the running suite: rate-limit headers, CORS preflight (no partner origin is listed in the
# local run, so a foreign origin is refused), security headers, readiness listing the services, metrics, and the
# merged API document with the three services fetched live. Sourced by .ci/smoke; never exits.

gw_headers() {  # gw_headers ARGS... -> response headers of a GET (or what ARGS say), lower-cased names
  curl -s --max-time 20 -D - -o /dev/null "$@" | tr -d '\r' | sed 's/^\([^:]*\):/\L\1:/'
}

h="$(gw_headers "$GATEWAY/api/events")"
r1="$(sed -n 's/^ratelimit-remaining: //p' <<<"$h")"
if grep -q '^ratelimit-limit: [0-9]' <<<"$h" && grep -q '^ratelimit-reset: [0-9]' <<<"$h" && [[ -n "$r1" ]]; then
  pass "gateway: RateLimit-Limit/Remaining/Reset on a routed response"
else fail "gateway: RateLimit-Limit/Remaining/Reset on a routed response" "$(head -c 300 <<<"$h")"; fi
r2="$(gw_headers "$GATEWAY/api/events" | sed -n 's/^ratelimit-remaining: //p')"
if [[ -n "$r2" && "$r2" -lt "$r1" ]]; then pass "gateway: RateLimit-Remaining counts down ($r1 -> $r2)"
else fail "gateway: RateLimit-Remaining counts down" "$r1 -> $r2"; fi
h2="$(gw_headers -H "Authorization: Bearer $USER_TOKEN" "$GATEWAY/api/events")"
if grep -q '^ratelimit-limit: ' <<<"$h2" && [[ "$(sed -n 's/^ratelimit-limit: //p' <<<"$h2")" != "$(sed -n 's/^ratelimit-limit: //p' <<<"$h")" ]]; then
  pass "gateway: a signed-in caller has its own (larger) limit"
else fail "gateway: a signed-in caller has its own (larger) limit" "$(grep ratelimit <<<"$h2" | tr '\n' ' ')"; fi

if grep -q '^x-content-type-options: nosniff' <<<"$h" && grep -q '^x-frame-options: DENY' <<<"$h" \
  && grep -q '^referrer-policy: ' <<<"$h" && ! grep -q '^strict-transport-security:' <<<"$h"; then
  pass "gateway: security headers, no HSTS over plain http"
else fail "gateway: security headers, no HSTS over plain http" "$(head -c 300 <<<"$h")"; fi

pre="$(curl -s --max-time 20 -D - -o /dev/null -X OPTIONS -H 'Origin: https://not-a-partner.example' \
  -H 'Access-Control-Request-Method: PUT' "$GATEWAY/api/events" | tr -d '\r')"
if grep -q '^HTTP/[0-9.]* 403' <<<"$pre" && grep -qi '^content-type: application/problem+json' <<<"$pre" \
  && ! grep -qi '^access-control-allow-origin:' <<<"$pre"; then
  pass "gateway: CORS preflight from an unlisted origin -> 403 problem without CORS headers"
else fail "gateway: CORS preflight from an unlisted origin -> 403 problem without CORS headers" "$(head -c 300 <<<"$pre")"; fi

call GET /q/health/ready
if [[ "$STATUS" == 200 ]] && python3 -c 'import json,sys
d=json.loads(sys.argv[1]); s=[c for c in d["checks"] if c["name"]=="services"][0]["data"]
sys.exit(0 if all(s.get(n)=="UP" for n in ("assessment","catalog","workshop")) else 1)' "$BODY_FULL" 2>/dev/null; then
  pass "gateway: /q/health/ready lists assessment, catalog and workshop UP"
else fail "gateway: /q/health/ready lists assessment, catalog and workshop UP" "$BODY_OUT"; fi

metrics="$(curl -s --max-time 20 "$GATEWAY/q/metrics")"
if grep -q '^od4g_gateway_requests_seconds_count{backend="workshop",status="2xx"}' <<<"$metrics" \
  && grep -q '^od4g_gateway_circuit_state{backend="catalog"} 0.0' <<<"$metrics"; then
  pass "gateway: /q/metrics has per-route requests and circuit states"
else fail "gateway: /q/metrics has per-route requests and circuit states" "$(grep od4g_ <<<"$metrics" | head -3)"; fi

doc="$(curl -s --max-time 20 "$GATEWAY/q/openapi?format=json")"
if python3 -c 'import json,sys
d=json.load(sys.stdin); p=d["paths"]; src=d["x-od4g-sources"]
ok = all(k in p for k in ("/api/models","/api/organizations","/api/events","/q/health/ready")) \
  and all(src[s]["origin"]=="live" for s in ("assessment","catalog","workshop")) \
  and list(d["components"]["securitySchemes"])==["oidc"]
sys.exit(0 if ok else 1)' <<<"$doc" 2>/dev/null; then
  pass "gateway: /q/openapi merges the three services (live) and the gateway, one oidc scheme"
else fail "gateway: /q/openapi merges the three services (live) and the gateway, one oidc scheme" "$(head -c 300 <<<"$doc")"; fi

ui="$(curl -s --max-time 20 "$GATEWAY/q/swagger-ui/")"
if grep -q 'od4g-web' <<<"$ui" && grep -q '/q/openapi' <<<"$ui"; then
  pass "gateway: /q/swagger-ui shows /q/openapi with the od4g-web login"
else fail "gateway: /q/swagger-ui shows /q/openapi with the od4g-web login" "$(head -c 200 <<<"$ui")"; fi

# The access log of the local run: a signed-in call's line reaches gateway-access.log within a second or so (lines are
# written in batches every 250 ms), as JSON with its own time, the subject, the query's names only and no token.
rid="smoke-access-$$-$RANDOM"
curl -s --max-time 20 -o /dev/null -H "X-Request-Id: $rid" -H "Authorization: Bearer $USER_TOKEN" \
  "$GATEWAY/api/events?q=secret-value&page=0"
access_line=""
for _ in $(seq 1 20); do
  access_line="$(grep -h -- "$rid" "${OD4G_LOG_DIR:-.od4g/logs}"/gateway-access.log* 2>/dev/null || true)"
  [[ -n "$access_line" ]] && break
  sleep 0.5
done
if python3 -c 'import json,sys
line=sys.argv[1]; d=json.loads(line)
ok = d["method"]=="GET" and d["path"]=="/api/events" and d["query"]=="q&page" and d["status"]==200 \
  and d["backend"]=="workshop" and d.get("subject") and d["time"].endswith("Z") \
  and "secret-value" not in line and sys.argv[2] not in line
sys.exit(0 if ok else 1)' "$access_line" "$USER_TOKEN" 2>/dev/null; then
  pass "gateway: the access log has the call's JSON line (time, subject, query names only, no token)"
else fail "gateway: the access log has the call's JSON line (time, subject, query names only, no token)" \
  "$(head -c 300 <<<"$access_line")"; fi
