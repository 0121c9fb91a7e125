"""Demo data of the assessment-service: questionnaire models, and submitted assessments of the built-in model."""

import urllib.parse

from demo_api import LoadError, ensure_owned, need, part


@part("models.json")
def models(ctx, data):
    """Assessment: questionnaire models, matched on code within their organisation."""
    for item in data:
        code = need(need(item, "body", "models.json"), "code", "models.json")
        ensure_owned(ctx, "model", "/api/models", item, "coordinator", code,
                     lambda found: found.get("code") == code)


@part("assessments.json")
def assessments(ctx, data):
    """Assessment: assessments answered and submitted by each organisation's respondent, through the API.

    The n-th entry of an organisation and model is that organisation's n-th oldest assessment of the model: present
    and submitted, it is left alone; present as a draft (an interrupted load), it is answered and submitted; missing,
    it is started, answered and submitted. Entries are submitted in file order, so later ones show an evolution.
    """
    model_ids = {}
    done = {}  # (organization, model code) -> entries handled so far
    for item in data:
        organization = need(item, "organization", "assessments.json")
        code = need(item, "model", "assessments.json")
        user = ctx.member(organization, "respondent")
        if code not in model_ids:
            model_ids[code] = published_model(ctx, code)
        model_id = model_ids[code]
        index = done.get((organization, code), 0)
        done[(organization, code)] = index + 1

        # the list is newest first; the demo's assessments are the organisation's oldest
        existing = list(ctx.api.pages("/api/assessments", {"model": model_id}, user))[::-1]
        label = "[%s] %s, %s" % (organization, code, item.get("label", "#%d" % (index + 1)))
        if index < len(existing):
            found = existing[index]
            if found.get("status") == "SUBMITTED":
                ctx.report.record("assessment", label, created=False, note="submitted")
                continue
            submit(ctx, user, found["id"], None, need(item, "answers", label))
            ctx.report.record("assessment", label, created=False, note="a draft, answered and submitted now")
            continue
        body = {"model": model_id, "profile": need(item, "profile", label)}
        _, headers, started = ctx.api.call("POST", "/api/assessments", user, body=body, expect=(201,))
        submit(ctx, user, need(started or {}, "id", "answer to POST /api/assessments"), headers.get("ETag"),
               need(item, "answers", label))
        ctx.report.record("assessment", label, created=True, note="answered and submitted")


def published_model(ctx, code):
    """The id of the published model with this code (built-in models belong to no demo organisation)."""
    for model in ctx.api.pages("/api/models", {}):
        if model.get("code") == code:
            return need(model, "id", "model " + code)
    raise LoadError("no published model has the code %r; is the assessment-service migrated?" % code)


def submit(ctx, user, assessment_id, etag, answers):
    """Saves every answer in one PUT (If-Match), then submits (If-Match); stops on any refusal."""
    path = "/api/assessments/%s" % urllib.parse.quote(str(assessment_id))
    if not etag:
        _, headers, _ = ctx.api.call("GET", path, user)
        etag = headers.get("ETag")
    _, headers, _ = ctx.api.call("PUT", path + "/answers", user, body={"answers": answers},
                                 headers={"If-Match": etag})
    _, _, answer = ctx.api.call("POST", path + "/submit", user, headers={"If-Match": headers.get("ETag")})
    if (answer or {}).get("status") != "SUBMITTED":
        raise LoadError("POST %s/submit answered 200 but the status is %r" % (path, (answer or {}).get("status")))
