"""Demo data of the assessment-service: questionnaire models, submitted assessments of the built-in model, and a
campaign of Grand Est with its invitations, the participants' assessments within it and Grand Est's action plan."""

import json
import os
import sys
import urllib.parse

from demo_api import HERE, LoadError, act, ensure_owned, need, part


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


@part("campaigns.json")
def campaigns(ctx, data):
    """Assessment: campaigns, matched on their French title within the organisation; opened, organisations invited,
    each participant's assessment started, answered and submitted within it (one per organisation), then the action
    plan (objectives from the organisation's campaign assessment, actions with their status)."""
    with open(os.path.join(HERE, "assessments.json"), encoding="utf-8") as f:
        answer_sets = {(a["organization"], a.get("label")): a["answers"] for a in json.load(f)}
    for item in data:
        organization = need(item, "organization", "campaigns.json")
        body = dict(need(item, "body", "campaigns.json"))
        title = need(need(body, "title", "campaigns.json"), "fr", "campaigns.json title")
        coordinator = ctx.member(organization, "coordinator")
        label = "[%s] %s" % (organization, title)
        body["model"] = published_model(ctx, need(item, "model", label))

        found = next((c for c in ctx.api.pages("/api/campaigns", {"organization": organization}, coordinator)
                      if (c.get("title") or {}).get("fr") == title), None)
        if found is None:
            _, _, found = ctx.api.call("POST", "/api/campaigns", coordinator, body=body, expect=(201,))
            ctx.report.record("campaign", label, created=True)
        else:
            ctx.report.record("campaign", label, created=False, note=found.get("status", ""))
        path = "/api/campaigns/%s" % need(found, "id", label)
        if found.get("status") == "DRAFT":
            act(ctx, path, "open", coordinator, "OPEN")

        _, _, invited = ctx.api.call("GET", path + "/invitations", coordinator)
        missing = [o for o in item.get("invite", []) if o not in {i.get("organization") for i in invited or []}]
        if missing:
            _, headers, _ = ctx.api.call("GET", path, coordinator)
            ctx.api.call("POST", path + "/invitations", coordinator, body={"organizations": missing},
                         headers={"If-Match": headers.get("ETag")})
        ctx.report.record("invitation", label, created=bool(missing),
                          note="%d invited" % len(item.get("invite", [])))

        own_assessment = {}
        for participant in item.get("participants", []):
            who = need(participant, "organization", label)
            own_assessment[who] = participate(ctx, found["id"], body["model"], participant, answer_sets, label)
        plan = item.get("actionPlan")
        if plan:
            action_plan(ctx, plan, body["model"], own_assessment.get(plan.get("organization")))


def participate(ctx, campaign_id, model_id, participant, answer_sets, label):
    """The participant's assessment within the campaign, submitted; its id (None when it has no respondent)."""
    organization = participant["organization"]
    what = "%s: %s" % (label, organization)
    user = (ctx.accounts.get("organizations", {}).get(organization) or {}).get("respondent")
    if not user:
        print("warning: %s: skipped, accounts.json names no respondent of %s (the realm needs one)"
              % (what, organization), file=sys.stderr, flush=True)
        return None
    answers = dict(answer_sets[tuple(need(participant, "answersLike", what))])
    answers.update(participant.get("changes", {}))
    existing = list(ctx.api.pages("/api/assessments", {"campaign": campaign_id}, user))
    if existing:
        found = existing[0]
        if found.get("status") != "SUBMITTED":
            submit(ctx, user, found["id"], None, answers)
        ctx.report.record("campaign assessment", what, created=False, note="submitted")
        return found["id"]
    body = {"model": model_id, "campaign": campaign_id, "profile": need(participant, "profile", what)}
    _, headers, started = ctx.api.call("POST", "/api/assessments", user, body=body, expect=(201,))
    submit(ctx, user, started["id"], headers.get("ETag"), answers)
    ctx.report.record("campaign assessment", what, created=True, note="answered and submitted")
    return started["id"]


def action_plan(ctx, plan, model_id, baseline):
    """Objectives (matched on dimension and due date) and actions (matched on title), created when missing; an
    action is moved to its status through start/complete/drop."""
    organization = need(plan, "organization", "actionPlan")
    coordinator = ctx.member(organization, "coordinator")
    objectives = {}
    existing = list(ctx.api.pages("/api/action-plans/objectives", {"organization": organization}, coordinator))
    for objective in plan.get("objectives", []):
        key = need(objective, "key", "actionPlan objective")
        found = next((o for o in existing if o.get("dimension") == objective["dimension"]
                      and o.get("dueOn") == objective["dueOn"]), None)
        label = "[%s] objective %s by %s" % (organization, objective["dimension"], objective["dueOn"])
        if found is None:
            body = {k: v for k, v in objective.items() if k != "key"}
            body["model"] = model_id
            body["assessment"] = baseline
            _, _, found = ctx.api.call("POST", "/api/action-plans/objectives", coordinator, body=body, expect=(201,))
        ctx.report.record("objective", label, created=found not in existing)
        objectives[key] = found["id"]
    actions = list(ctx.api.pages("/api/action-plans/actions", {"organization": organization}, coordinator))
    for action in plan.get("actions", []):
        label = "[%s] action %s" % (organization, action["title"])
        found = next((a for a in actions if a.get("title") == action["title"]), None)
        created = found is None
        if created:
            body = {k: v for k, v in action.items() if k not in ("objective", "status")}
            body["objective"] = objectives.get(action.get("objective"))
            _, _, found = ctx.api.call("POST", "/api/action-plans/actions", coordinator, body=body, expect=(201,))
        wanted = action.get("status", "PLANNED")
        path = "/api/action-plans/actions/%s" % found["id"]
        if wanted in ("IN_PROGRESS", "DONE") and found.get("status") == "PLANNED":
            found = act(ctx, path, "start", coordinator, "IN_PROGRESS")
        if wanted == "DONE" and found.get("status") == "IN_PROGRESS":
            found = act(ctx, path, "complete", coordinator, "DONE")
        if wanted == "DROPPED" and found.get("status") in ("PLANNED", "IN_PROGRESS"):
            found = act(ctx, path, "drop", coordinator, "DROPPED")
        ctx.report.record("action", label, created=created, note=found.get("status", ""))
