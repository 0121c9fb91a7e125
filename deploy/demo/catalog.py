"""Demo data of the catalog-service: the organisation directory, DCAT-AP datasets of Grand Est and Veneto, their
publication plans, reuses and data requests with votes and answers."""

import urllib.parse

from demo_api import LoadError, MaybeApplied, act, need, part


@part("organizations.json")
def organizations(ctx, data):
    """Catalog: the organisation directory. Looked up by slug; registered by the administrator."""
    for body in data:
        slug = need(body, "slug", "organizations.json")
        status, _, _ = ctx.api.call("GET", "/api/organizations/" + urllib.parse.quote(slug), expect=(200, 404))
        if status == 200:
            ctx.report.record("organisation", slug, created=False)
        else:
            ctx.api.call("POST", "/api/organizations", ctx.admin(), body=body, expect=(201,))
            ctx.report.record("organisation", slug, created=True)


@part("datasets.json")
def datasets(ctx, data):
    """Catalog: DCAT-AP datasets with their distributions, matched on their English title within their organisation.

    The organisation's publisher drafts each dataset, adds its distributions and submits it for review; the
    organisation's coordinator publishes it. A dataset found in review is published; a published one is left as it is.
    """
    for item in data:
        organization = need(item, "organization", "datasets.json")
        body = need(item, "body", "datasets.json")
        english = (body.get("title") or {}).get("en")
        if not english:
            raise LoadError("datasets.json: every dataset needs an English title (title.en): the demo matches on it")
        publisher = ctx.member(organization, "publisher")
        coordinator = ctx.member(organization, "coordinator")
        publish = bool(item.get("publish", False))
        label = "[%s] %s" % (organization, english)

        found = None
        for candidate in ctx.api.pages("/api/datasets", {"organization": organization}, publisher):
            if (candidate.get("title") or {}).get("en") == english:
                found = candidate
                break

        created = found is None
        if created:
            _, headers, found = ctx.api.call("POST", "/api/datasets", publisher, body=body, expect=(201,))
            etag = headers.get("ETag")
            path = "/api/datasets/" + urllib.parse.quote(need(found, "id", "answer to POST /api/datasets"))
            for distribution in item.get("distributions", []):
                _, headers, _ = ctx.api.call("POST", path + "/distributions", publisher, body=distribution,
                                             headers={"If-Match": etag}, expect=(201,))
                etag = headers.get("ETag")
        status = found.get("status")
        path = "/api/datasets/" + urllib.parse.quote(found["id"])
        published_now = False
        if publish and status == "DRAFT":
            status = act(ctx, path, "submit", publisher, "IN_REVIEW").get("status")
        if publish and status == "IN_REVIEW":
            act(ctx, path, "publish", coordinator, "PUBLISHED")
            published_now = True
        ctx.report.record("dataset", label, created=created, published_now=published_now,
                          note="" if publish else "left as a draft")



def dataset_id(ctx, organization, english, user):
    """The id of the organisation's dataset whose English title is `english` (read as `user`, so drafts show)."""
    for candidate in ctx.api.pages("/api/datasets", {"organization": organization}, user):
        if (candidate.get("title") or {}).get("en") == english:
            return candidate["id"]
    raise LoadError("no dataset '%s' of %s: datasets.json is loaded first" % (english, organization))


@part("plans.json")
def plans(ctx, data):
    """Catalog: the publication plans, matched on their English title within their organisation (read by its
    coordinator); an item may name the English title of the dataset that fulfils it."""
    for item in data:
        organization = need(item, "organization", "plans.json")
        body = dict(need(item, "body", "plans.json"))
        english = (body.get("title") or {}).get("en")
        coordinator = ctx.member(organization, "coordinator")
        if item.get("dataset"):
            body["datasetId"] = dataset_id(ctx, organization, item["dataset"], coordinator)
        collection = "/api/organizations/%s/planned-datasets" % urllib.parse.quote(organization)
        found = next((p for p in ctx.api.pages(collection, {}, coordinator)
                      if (p.get("title") or {}).get("en") == english), None)
        if found is None:
            ctx.api.call("POST", collection, coordinator, body=body, expect=(201,))
        ctx.report.record("planned dataset", "[%s] %s" % (organization, english), created=found is None)


@part("reuses.json")
def reuses(ctx, data):
    """Catalog: reuses of published demo datasets, declared by a demo user, matched on their title among the reuses
    of their first dataset."""
    for item in data:
        organization = need(item, "organization", "reuses.json")
        user = ctx.member(organization, need(item, "role", "reuses.json"))
        body = dict(need(item, "body", "reuses.json"))
        ids = [dataset_id(ctx, organization, title, ctx.member(organization, "publisher"))
               for title in need(item, "datasets", "reuses.json")]
        if not ids:
            raise LoadError("reuses.json: '%s' names no dataset" % body.get("title"))
        body["datasets"] = ids
        found = any(r.get("title") == body["title"] for r in ctx.api.pages("/api/reuses", {"dataset": ids[0]}))
        if not found:
            ctx.api.call("POST", "/api/reuses", user, body=body, expect=(201,))
        ctx.report.record("reuse", "[%s] %s" % (organization, body["title"]), created=not found)


@part("data-requests.json")
def data_requests(ctx, data):
    """Catalog: data requests, matched on their title within the organisation asked; each voter votes once (a 409
    means the vote is already counted); an answer (accept with a planned dataset named by its English title, or
    refuse) is given by the organisation's coordinator while the request is still open."""
    for item in data:
        body = need(item, "body", "data-requests.json")
        organization = need(body, "organization", "data-requests.json")
        asker = need(item, "asker", "data-requests.json")
        collection = "/api/data-requests"
        found = next((r for r in ctx.api.pages(collection, {"organization": organization})
                      if r.get("title") == body["title"]), None)
        created = found is None
        if created:
            _, _, found = ctx.api.call("POST", collection, ctx.member(asker["organization"], asker["role"]),
                                       body=body, expect=(201,))
        path = "%s/%s" % (collection, urllib.parse.quote(found["id"]))
        for voter in item.get("voters", []):
            ctx.api.call("POST", path + "/votes", ctx.member(voter["organization"], voter["role"]), expect=(200, 409))
        answer = item.get("answer")
        note = ""
        if answer and found.get("status") == "OPEN":
            coordinator = ctx.member(organization, "coordinator")
            payload = {"answer": answer.get("answer")}
            if answer.get("planned"):
                plan = "/api/organizations/%s/planned-datasets" % urllib.parse.quote(organization)
                planned = next((p for p in ctx.api.pages(plan, {}, coordinator)
                                if (p.get("title") or {}).get("en") == answer["planned"]), None)
                if planned is None:
                    raise LoadError("data-requests.json: no planned dataset '%s' of %s" % (answer["planned"], organization))
                payload["plannedDatasetId"] = planned["id"]
            action = need(answer, "action", "data-requests.json")
            wanted = "ACCEPTED" if action == "accept" else "REFUSED"
            _, headers, _ = ctx.api.call("GET", path, coordinator)
            try:
                ctx.api.call("POST", "%s/%s" % (path, action), coordinator, body=payload,
                             headers={"If-Match": headers.get("ETag")})
            except MaybeApplied:
                _, _, again = ctx.api.call("GET", path, coordinator)
                if (again or {}).get("status") != wanted:
                    raise
            note = wanted.lower()
        ctx.report.record("data request", "[%s] %s" % (organization, body["title"]), created=created, note=note)


@part("webhooks.json")
def webhooks(ctx, data):
    """Catalog (webhook hub): an example subscription of an organisation, made by its coordinator and left disabled
    (its URL is an example), matched on its description. The secret shown at creation is not kept: whoever enables
    it rotates the secret first. A target the hub refuses (a name that does not resolve, when the local run does not
    allow private targets) is reported and skipped, never fatal."""
    for item in data:
        organization = need(item, "organization", "webhooks.json")
        body = need(item, "body", "webhooks.json")
        description = need(body, "description", "webhooks.json")
        coordinator = ctx.member(organization, "coordinator")
        label = "[%s] %s" % (organization, description)
        found = next((s for s in ctx.api.pages("/api/webhooks", {"organization": organization}, coordinator)
                      if s.get("description") == description), None)
        created = found is None
        etag = None
        if created:
            status, headers, found = ctx.api.call("POST", "/api/webhooks", coordinator, body=body, expect=(201, 400))
            if status == 400:
                ctx.report.record("webhook subscription", label, created=False,
                                  note="target refused by the hub (OD4G_WEBHOOKS_ALLOW_PRIVATE_TARGETS unset?)")
                continue
            etag = headers.get("ETag")
        path = "/api/webhooks/" + urllib.parse.quote(need(found, "id", "a webhook subscription"))
        if found.get("enabled"):
            if not etag:
                _, headers, _ = ctx.api.call("GET", path, coordinator)
                etag = headers.get("ETag")
            try:
                ctx.api.call("POST", path + "/disable", coordinator, headers={"If-Match": etag})
            except MaybeApplied:
                _, _, again = ctx.api.call("GET", path, coordinator)
                if (again or {}).get("enabled") is not False:
                    raise
        ctx.report.record("webhook subscription", label, created=created)
