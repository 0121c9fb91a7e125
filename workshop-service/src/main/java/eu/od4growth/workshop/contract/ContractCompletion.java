package eu.od4growth.workshop.contract;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the named schemas that SmallRye OpenAPI makes for types we do not own, which therefore cannot carry a
 * {@code @Schema}: the JDK's UUID and time types, and each page of a list ({@code PageResponse<T>} of od4g-common),
 * so that a client developer reading only the contract learns their format and shape (contract lint, issue 13). It
 * only adds what is missing. The same gaps exist in every service's contract: this belongs in od4g-common's
 * ContractFilter once, then this class goes.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class ContractCompletion implements OASFilter {

    private static final String PAGE = "PageResponse";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describe(schemas.get("UUID"), "Identifier of a record (event, session, registration, feedback), a UUID"
                + " assigned by the service", "0b6f3c2e-8d1a-4f5b-9e47-2c9a1d3b7e58");
        describe(schemas.get("Instant"), "A point in time, ISO 8601 in UTC", "2027-03-15T09:00:00Z");
        describe(schemas.get("OffsetDateTime"),
                "A point in time, ISO 8601 with its UTC offset; answers show it in the session's time zone",
                "2027-03-15T10:00:00+01:00");
        describe(schemas.get("LocalDate"), "A calendar day, ISO 8601", "2027-03-15");
        schemas.forEach((name, schema) -> {
            if (name.startsWith(PAGE) && name.length() > PAGE.length()) {
                describePage(schema, name.substring(PAGE.length()));
            }
        });
    }

    /** A page of a list: items, page index, page size and total; the item type named after the view it holds. */
    private static void describePage(Schema page, String view) {
        String items = view.endsWith("View") ? view.substring(0, view.length() - "View".length()) : view;
        describe(page, "One page of a list of " + items + " records, in the list's order: its items, the index of"
                + " the page from 0, the page size asked for and the number of items in the whole list. The Link"
                + " header of the answer points to the first, previous, next and last pages", null);
        if (page.getProperties() == null) {
            return;
        }
        example(page.getProperties().get("page"), 0);
        example(page.getProperties().get("size"), 20);
        example(page.getProperties().get("total"), 42);
    }

    private static void describe(Schema schema, String description, Object example) {
        if (schema == null) {
            return;
        }
        if (schema.getDescription() == null) {
            schema.setDescription(description);
        }
        example(schema, example);
    }

    private static void example(Schema schema, Object example) {
        if (schema != null && example != null && schema.getExample() == null) {
            schema.setExample(example);
        }
    }
}
