"""Demo data of the workshop-service: events."""

from demo_api import LoadError, ensure_owned, need, part


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
