package eu.od4growth.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes, with an example, the named schemas SmallRye OpenAPI makes for types no service can annotate: the JDK's
 * UUID and time types, each page of a list ({@code PageResponse<View>}) and SmallRye Health's answers. A client developer
 * reading only the
 * contract then learns their format and shape (the contract lint gate asks every named schema for a description and
 * an example). Only what is missing is added, so a service's own {@code @Schema} wins.
 */
final class SharedSchemas {

    private static final String PAGE = "PageResponse";
    private static final String VIEW = "View";

    private SharedSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describe(schemas.get("UUID"), "Identifier of a record, assigned by the service: a UUID in its canonical form",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        describe(schemas.get("Instant"), "A point in time: ISO 8601 date-time in UTC", "2027-03-15T09:30:00Z");
        describe(schemas.get("OffsetDateTime"), "A point in time: ISO 8601 date-time with its offset from UTC",
                "2027-03-15T10:30:00+01:00");
        describe(schemas.get("LocalDate"), "A calendar day: ISO 8601 date, without a time zone", "2027-03-15");
        // Ordered maps: Map.of iterates in an order that changes from one JVM to the next, and so would the contract.
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", "Database connections health check");
        check.put("status", "UP");
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("checks", List.of(check));
        describe(schemas.get("HealthCheck"), "One check and its status", check);
        describe(schemas.get("HealthResponse"), "The overall status and each check's (MicroProfile Health)", health);
        schemas.forEach((name, schema) -> {
            if (name.startsWith(PAGE) && name.length() > PAGE.length()) {
                page(schema, name.substring(PAGE.length()));
            }
        });
    }

    /** A page of a list: its items, the page's index, the page size and the total; named after the view it holds. */
    private static void page(Schema page, String view) {
        String items = view.endsWith(VIEW) ? view.substring(0, view.length() - VIEW.length()) : view;
        describe(page, "One page of a list of " + items + " records, in the list's order: its items, the index of the"
                + " page from 0, the page size asked for and the number of items in the whole list. The Link header"
                + " of the answer points to the first, previous, next and last pages", null);
        if (page.getProperties() != null) {
            describe(page.getProperties().get("page"), null, 0);
            describe(page.getProperties().get("size"), null, 20);
            describe(page.getProperties().get("total"), null, 42);
        }
    }

    private static void describe(Schema schema, String description, Object example) {
        if (schema == null) {
            return;
        }
        if (description != null && schema.getDescription() == null) {
            schema.setDescription(description);
        }
        if (example != null && schema.getExample() == null) {
            schema.setExample(example);
        }
    }
}
