"""Demo data of the catalog-service: the organisation directory, then DCAT-AP datasets of Grand Est and Veneto."""

import urllib.parse

from demo_api import LoadError, act, need, part


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

