"""Demo data of the workshop-service: events, their sessions, and registrations by the demo participants."""

import datetime
import time

from demo_api import LoadError, ensure_owned, need, part

LIVE = ("CONFIRMED", "OFFERED", "WAITING")


@part("events.json")
def events(ctx, data):
    """Workshop: events, matched on their English title within their organisation."""
    for item in data:
        title = need(need(item, "body", "events.json"), "title", "events.json")
        if not isinstance(title, dict) or not title.get("en"):
            raise LoadError("events.json: every event needs an English title (title.en): the demo matches on it")
        english = title["en"]
        ensure_owned(ctx, "event", "/api/events", item, "coordinator", english,
                     lambda found: isinstance(found.get("title"), dict) and found["title"].get("en") == english)


@part("sessions.json")
def sessions(ctx, data):
    """Sessions of the demo events, matched on their start within the event; created by its coordinator."""
    for item in data:
        organization = need(item, "organization", "sessions.json")
        coordinator = ctx.member(organization, "coordinator")
        event = find_event(ctx, organization, need(item, "event", "sessions.json"), coordinator)
        body = dict(need(item, "body", "sessions.json"), event=event["id"])
        start = instant(need(body, "startsAt", "sessions.json"))
        label = "[%s] %s, %s" % (organization, item["event"], body["startsAt"])
        if find_session(ctx, event["id"], start, coordinator):
            ctx.report.record("session", label, created=False)
            continue
        ctx.api.call("POST", "/api/sessions", coordinator, body=body, expect=(201,))
        ctx.report.record("session", label, created=True)


@part("registrations.json")
def registrations(ctx, data):
    """Registrations of the demo participants (in file order, so the waiting list is always the same)."""
    for item in data:
        user = need(item, "participant", "registrations.json")
        organization = need(item, "organization", "registrations.json")
        coordinator = ctx.member(organization, "coordinator")
        event = find_event(ctx, organization, need(item, "event", "registrations.json"), coordinator)
        session = find_session(ctx, event["id"], instant(need(item, "session", "registrations.json")), coordinator)
        label = "%s in %s, %s" % (user, item["event"], item["session"])
        if session is None:
            raise LoadError("registrations.json: no session of '%s' starts at %s" % (item["event"], item["session"]))
        mine = [r for r in ctx.api.pages("/api/registrations", {"session": session["id"]}, user)
                if r.get("status") in LIVE]
        if mine:
            ctx.report.record("registration", label, created=False, note=mine[0]["status"])
            continue
        # Answer only the questions the event asks (an event loaded by an older demo may have none).
        codes = {q.get("code") for q in event.get("questions") or []}
        answers = {code: answer for code, answer in (item.get("answers") or {}).items() if code in codes}
        _, _, created = ctx.api.call("POST", "/api/registrations", user,
                                     body={"session": session["id"], "answers": answers},
                                     headers={"Accept-Language": item.get("language", "en")}, expect=(201,))
        ctx.report.record("registration", label, created=True, note=(created or {}).get("status", ""))


@part("attendance.json")
def attendance(ctx, data):
    """A demo session that took place: created to end a few seconds after the first load, its people register, the
    coordinator checks most of them in, and once it has ended the attendees answer the satisfaction questionnaire.
    Every step is looked up first (the session by its English title, registrations, check-ins, the caller's own
    feedback), so a second run changes nothing; the first waits for the session's end (under a minute)."""
    for item in data:
        organization = need(item, "organization", "attendance.json")
        coordinator = ctx.member(organization, "coordinator")
        event = find_event(ctx, organization, need(item, "event", "attendance.json"), coordinator)
        title = need(item, "title", "attendance.json")
        session = next((s for s in ctx.api.pages("/api/sessions", {"event": event["id"]}, coordinator)
                        if isinstance(s.get("title"), dict) and s["title"].get("en") == title["en"]), None)
        label = "[%s] %s, %s" % (organization, item["event"], title["en"])
        if session is None:
            now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
            ends = now + datetime.timedelta(seconds=int(item.get("lengthSeconds", 40)))
            body = {"event": event["id"], "title": title, "timeZone": item.get("timeZone", "Europe/Paris"),
                    "capacity": item.get("capacity", 20),
                    "startsAt": iso(now - datetime.timedelta(minutes=1)), "endsAt": iso(ends),
                    "registrationOpensAt": iso(now - datetime.timedelta(days=1)), "registrationClosesAt": iso(ends),
                    "cancellationCutoff": iso(now - datetime.timedelta(minutes=1))}
            _, _, session = ctx.api.call("POST", "/api/sessions", coordinator, body=body, expect=(201,))
            ctx.report.record("session", label, created=True, note="ends at " + body["endsAt"])
        else:
            ctx.report.record("session", label, created=False)
        ends = instant(need(session, "endsAt", "session"))
        for person in need(item, "people", "attendance.json"):
            attend(ctx, session, ends, coordinator, person)
        wait_until(ends)
        for person in item["people"]:
            if person.get("feedback"):
                give_feedback(ctx, session, person)


def attend(ctx, session, ends, coordinator, person):
    """Registers the person (while the session takes registrations) and checks them in if they came."""
    user = need(person, "user", "attendance.json")
    label = "%s at the demo session" % user
    mine = [r for r in ctx.api.pages("/api/registrations", {"session": session["id"]}, user)
            if r.get("status") in LIVE]
    if mine:
        registration = mine[0]
        ctx.report.record("registration", label, created=False, note=registration["status"])
    elif datetime.datetime.now(datetime.timezone.utc) < ends:
        _, _, registration = ctx.api.call("POST", "/api/registrations", user, body={"session": session["id"]},
                                          headers={"Accept-Language": person.get("language", "en")}, expect=(201,))
        ctx.report.record("registration", label, created=True, note=registration.get("status", ""))
    else:
        ctx.report.record("registration", label, created=False, note="the session is over; not registered")
        return
    if person.get("checkIn") and registration.get("status") == "CONFIRMED":
        if registration.get("checkedInAt"):
            ctx.report.record("check-in", label, created=False)
        else:
            ctx.api.call("POST", "/api/registrations/%s/check-in" % registration["id"], coordinator)
            ctx.report.record("check-in", label, created=True)


def give_feedback(ctx, session, person):
    """The attendee's answer to the questionnaire, unless they gave one for this session already."""
    user = person["user"]
    label = "%s on the demo session" % user
    _, _, given = ctx.api.call("GET", "/api/feedback", user)
    if any(f.get("session") == session["id"] for f in given or []):
        ctx.report.record("feedback", label, created=False)
        return
    mine = [r for r in ctx.api.pages("/api/registrations", {"session": session["id"]}, user)
            if r.get("status") == "CONFIRMED" and r.get("checkedInAt")]
    if not mine:
        ctx.report.record("feedback", label, created=False, note="did not attend; no feedback")
        return
    body = dict(person["feedback"], registration=mine[0]["id"])
    status, _, _ = ctx.api.call("POST", "/api/feedback", user, body=body, expect=(201, 409))
    ctx.report.record("feedback", label, created=status == 201, note="" if status == 201 else "already given")


def wait_until(moment):
    """Sleeps until `moment` (a UTC datetime) has passed, plus a second."""
    left = (moment - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    if left > 0:
        print("waiting %d s for the demo session to end (feedback opens then)" % (left + 1), flush=True)
        time.sleep(left + 1)


def iso(moment):
    return moment.isoformat().replace("+00:00", "Z")


def find_event(ctx, organization, english, user):
    for event in ctx.api.pages("/api/events", {"organization": organization}, user):
        if isinstance(event.get("title"), dict) and event["title"].get("en") == english:
            return event
    raise LoadError("no event '%s' of %s; events.json loads it first" % (english, organization))


def find_session(ctx, event_id, start, user):
    for session in ctx.api.pages("/api/sessions", {"event": event_id}, user):
        if instant(session.get("startsAt", "")) == start:
            return session
    return None


def instant(text):
    """An ISO date-time with an offset (or Z) as a UTC datetime, so that the same instant in two offsets matches."""
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(datetime.timezone.utc)
    except ValueError:
        raise LoadError("not an ISO date-time with an offset: %r" % text)
