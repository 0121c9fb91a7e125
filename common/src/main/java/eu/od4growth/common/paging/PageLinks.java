package eu.od4growth.common.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with RFC 8288 {@code Link} headers (first, prev, next, last) that keep the other query params. */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> RestResponse<PageResponse<T>> ok(PageResponse<T> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, page.lastPage(), page.size(), "last"));
        return RestResponse.ResponseBuilder.ok(page).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, long page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)
                .replaceQueryParam("size", size)).rel(rel).build();
    }
}
