"""Demo data of the workshop-service: events, their sessions, and registrations by the demo participants."""

import datetime

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
