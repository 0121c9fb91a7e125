"""Demo data of the catalog-service: the organisation directory."""

import urllib.parse

from demo_api import need, part


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
