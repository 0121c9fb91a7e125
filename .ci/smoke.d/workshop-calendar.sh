# workshop-service: the public calendar feed of the demo events through the gateway is valid iCalendar (VCALENDAR,
# VEVENTs, a VTIMEZONE, no join URL), a bad language is a 400 problem, the upcoming sessions by dimension answer in
# French, and the demo session that already took place shows its attendance and feedback aggregates.
# Sourced by .ci/smoke (uses call, expect, json_field, pass, fail, $USER_TOKEN = coordinator-ge).

call GET /api/events/calendar.ics
WS_ICS="$BODY_FULL"
if [[ "$STATUS" == 200 && "$CTYPE" == text/calendar* && "$WS_ICS" == BEGIN:VCALENDAR* && "$WS_ICS" == *BEGIN:VEVENT* \
      && "$WS_ICS" == *BEGIN:VTIMEZONE* && "$WS_ICS" == *TZID:Europe/Paris* && "$WS_ICS" == *END:VCALENDAR* ]]; then
  pass "workshop: the demo events' feed /api/events/calendar.ics is iCalendar with VEVENTs and VTIMEZONEs"
else fail "workshop: the demo events' feed is iCalendar with VEVENTs and VTIMEZONEs" "got $STATUS '$CTYPE' $BODY_OUT"; fi
if [[ "$WS_ICS" != *visio.* ]]; then pass "workshop: the public feed carries no join URL"
else fail "workshop: the public feed carries no join URL" "a visio link is in the feed"; fi
WS_ICS_CHECK="$(printf '%s' "$WS_ICS" | python3 -c 'import sys
text = sys.stdin.read().replace("\r\n", "\n")
events = text.count("BEGIN:VEVENT")
ok = events > 0 and events == text.count("END:VEVENT") and text.count("UID:") >= events and "DTSTART;TZID=" in text
print("ok %d" % events if ok else "bad")')"
if [[ "$WS_ICS_CHECK" == ok* ]]; then pass "workshop: every VEVENT of the feed has a UID and a zoned DTSTART ($WS_ICS_CHECK)"
else fail "workshop: every VEVENT of the feed has a UID and a zoned DTSTART" "$BODY_OUT"; fi

call GET "/api/events/calendar.ics?lang=xx"
expect "workshop: a feed in an unknown language is a 400 problem" 400 problem

call GET "/api/sessions/upcoming?dimension=quality&dimension=policy&lang=fr&size=5"
if [[ "$STATUS" == 200 && "$BODY_FULL" == *'"items"'* && "$BODY_FULL" == *'"language":"fr"'* ]]; then
  pass "workshop: upcoming sessions by dimension, titles in French"
else fail "workshop: upcoming sessions by dimension, titles in French" "got $STATUS $BODY_OUT"; fi

# The demo's flash session (deploy/demo/attendance.json) took place during the demo load.
call GET "/api/events?organization=grand-est&dimension=QUALITY&size=100" "$USER_TOKEN"
WS_EVENT="$(printf '%s' "$BODY_FULL" | python3 -c 'import json, sys
try: items = json.load(sys.stdin)["items"]
except Exception: items = []
print(next((e["id"] for e in items if (e.get("title") or {}).get("en") == "Data quality: check before you publish"), ""))')"
call GET "/api/sessions?event=$WS_EVENT&size=100" "$USER_TOKEN"
WS_FLASH="$(printf '%s' "$BODY_FULL" | python3 -c 'import json, sys
try: items = json.load(sys.stdin)["items"]
except Exception: items = []
print(next((s["id"] for s in items if (s.get("title") or {}).get("en") == "Flash session (demo)"), ""))')"
call GET "/api/sessions/$WS_FLASH/attendance" "$USER_TOKEN"
if [[ -n "$WS_FLASH" && "$STATUS" == 200 && "$(json_field checkedIn <<<"$BODY_FULL")" -ge 1 && "$(json_field noShows <<<"$BODY_FULL")" != "" ]]; then
  pass "workshop: the demo session that took place shows its attendance ($BODY_OUT)"
else fail "workshop: the demo session that took place shows its attendance" "session '$WS_FLASH': got $STATUS $BODY_OUT"; fi
call GET "/api/feedback/summary?session=$WS_FLASH" "$USER_TOKEN"
if [[ "$STATUS" == 200 && "$(json_field responses <<<"$BODY_FULL")" -ge 1 && "$BODY_FULL" == *'"distribution"'* ]]; then
  pass "workshop: the demo session's feedback aggregates (responses, means, distributions)"
else fail "workshop: the demo session's feedback aggregates" "got $STATUS $BODY_OUT"; fi
call GET "/api/feedback/summary?session=$WS_FLASH"
expect "workshop: feedback aggregates without a token: 401 problem" 401 problem

# The Atom feed of upcoming sessions (issue 15): valid Atom 1.0 parsed back, entries of the demo's events, filtered by
# organization and dimension, no join URL.
call GET "/api/events/feed?organization=grand-est&lang=fr"
WS_ATOM="$(python3 -c 'import sys, xml.etree.ElementTree as ET
A = "{http://www.w3.org/2005/Atom}"
try:
    root = ET.fromstring(sys.stdin.buffer.read())
    entries = root.findall(A + "entry")
    ok = root.tag == A + "feed" and root.find(A + "id") is not None and root.find(A + "updated") is not None \
        and all(e.find(A + "id").text.startswith("urn:uuid:") and e.find(A + "title").text for e in entries)
    print("ok %d" % len(entries) if ok and entries else "bad")
except Exception as e: print("bad", type(e).__name__)' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$CTYPE" == application/atom+xml* && "$WS_ATOM" == ok* && "$BODY_FULL" != *visio.* ]]; then
  pass "workshop: /api/events/feed is an Atom 1.0 feed of Grand Est's upcoming sessions, without join URLs ($WS_ATOM entries)"
else fail "workshop: /api/events/feed is an Atom 1.0 feed of upcoming sessions" "got $STATUS '$CTYPE' $WS_ATOM $BODY_OUT"; fi
call GET "/api/events/feed?dimension=NOT_A_DIMENSION"
expect "workshop: an Atom feed with an unknown dimension is a 400 problem" 400 problem
