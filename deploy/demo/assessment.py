"""Demo data of the assessment-service: questionnaire models."""

from demo_api import ensure_owned, need, part


@part("models.json")
def models(ctx, data):
    """Assessment: questionnaire models, matched on code within their organisation."""
    for item in data:
        code = need(need(item, "body", "models.json"), "code", "models.json")
        ensure_owned(ctx, "model", "/api/models", item, "coordinator", code,
                     lambda found: found.get("code") == code)
