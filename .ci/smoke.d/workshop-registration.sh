# workshop-service: a demo participant registers for a session through the gateway, the confirmation mail arrives in
# GreenMail (the drain runs every 5 s), a second registration is refused, and the next person waits in line.
# Sourced by .ci/smoke (uses call, expect, json_field, token, pass, fail, $USER_TOKEN = coordinator-ge, $TS).

WS_MAIL_API=http://127.0.0.1:8025
WS_TITLE="Smoke registration $TS"
WS_GE_TOKEN="$(token participant-ge)"
WS_VE_TOKEN="$(token participant-ve)"

call POST /api/events "$USER_TOKEN" '{"title":{"en":"'"$WS_TITLE"'"},"kind":"WORKSHOP","format":"ONLINE","joinUrl":"https://visio.example.org/smoke","startsAt":"2030-01-15T09:00:00Z","endsAt":"2030-01-15T10:00:00Z"}'
WS_EVENT="$(json_field id <<<"$BODY_FULL")"
call POST "/api/events/$WS_EVENT/publish" "$USER_TOKEN" "" "$ETAG"
expect "workshop: the coordinator publishes an event" 200
call POST /api/sessions "$USER_TOKEN" '{"event":"'"$WS_EVENT"'","startsAt":"2030-01-15T10:00:00+01:00","endsAt":"2030-01-15T11:00:00+01:00","timeZone":"Europe/Paris","capacity":1}'
WS_SESSION="$(json_field id <<<"$BODY_FULL")"
expect "workshop: a session of one place" 201

call POST /api/registrations "$WS_GE_TOKEN" '{"session":"'"$WS_SESSION"'"}'
if [[ "$STATUS" == 201 && "$BODY_OUT" == *'"CONFIRMED"'* ]]; then pass "workshop: participant-ge registers through the gateway: 201 CONFIRMED"
else fail "workshop: participant-ge registers through the gateway: 201 CONFIRMED" "got $STATUS $BODY_OUT"; fi

call POST /api/registrations "$WS_GE_TOKEN" '{"session":"'"$WS_SESSION"'"}'
expect "workshop: registering twice for a session: 409 problem" 409 problem
call POST /api/registrations "$WS_VE_TOKEN" '{"session":"'"$WS_SESSION"'"}'
if [[ "$STATUS" == 201 && "$BODY_OUT" == *'"WAITING"'* && "$BODY_OUT" == *'"position":1'* ]]; then
  pass "workshop: the session is full, participant-ve waits first in line"
else fail "workshop: the session is full, participant-ve waits first in line" "got $STATUS $BODY_OUT"; fi

ws_mail=""
for _ in $(seq 1 30); do
  ws_mail="$(curl -s --max-time 5 "$WS_MAIL_API/api/user/participant-ge@od4g.test/messages/INBOX" \
    | WS_TITLE="$WS_TITLE" python3 -c 'import json, os, sys
try: messages = json.load(sys.stdin)
except Exception: messages = []
# the subject field when the API gives one, else the raw message (mimeMessage) that carries it
found = [m for m in messages if isinstance(m, dict) and os.environ["WS_TITLE"] in json.dumps(m)]
print((found[0].get("subject") or "Your place is confirmed: " + os.environ["WS_TITLE"]) if found else "")')"
  [[ -n "$ws_mail" ]] && break
  sleep 1
done
if [[ "$ws_mail" == "Your place is confirmed: $WS_TITLE" ]]; then pass "workshop: the confirmation mail is in GreenMail ($ws_mail)"
else fail "workshop: the confirmation mail is in GreenMail" "no message '$WS_TITLE' for participant-ge@od4g.test after 30 s"; fi
