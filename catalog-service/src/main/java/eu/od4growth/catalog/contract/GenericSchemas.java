package eu.od4growth.catalog.contract;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes, with an example, the named schemas that SmallRye OpenAPI derives from types this service cannot annotate:
 * {@code UUID}, {@code Instant} and {@code LocalDate} of the JDK, and each {@code PageResponse<View>} of od4g-common. A
 * client developer who generates a client from the contract alone then knows their formats and the paging fields
 * (the contract lint gate of issue 13 asks every named schema for a description and an example). The same gap exists
 * in every service: this filter belongs in common's {@code ContractFilter}; it lives here until it moves there. It
 * only fills what is missing, so it stays correct once common does the same.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class GenericSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describe(schemas.get("UUID"), "Identifier of a record: a UUID in its canonical form (36 characters, lower-case)",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        describe(schemas.get("Instant"), "A point in time: ISO 8601 / RFC 3339 date-time, in UTC",
                "2026-11-28T09:30:00Z");
        describe(schemas.get("LocalDate"), "A calendar day: ISO 8601 date (yyyy-MM-dd), without time zone",
                "2026-11-28");
        schemas.forEach((name, schema) -> {
            if (name.startsWith("PageResponse")) {
                describePage(schema);
            }
        });
    }

    /** "One page of the list of Organization records …", with an example on the paging fields. */
    private static void describePage(Schema page) {
        if (page.getDescription() == null) {
            page.setDescription("One page of a list of " + itemName(page)
                    + " records: its items (at most size), the page's index from 0, the page size and the number of "
                    + "items in the whole list. The Link header points to the first, previous, next and last pages.");
        }
        if (page.getProperties() == null) {
            return;
        }
        example(page.getProperties().get("page"), 0);
        example(page.getProperties().get("size"), 20);
        example(page.getProperties().get("total"), 42);
    }

    private static String itemName(Schema page) {
        Schema items = page.getProperties() == null ? null : page.getProperties().get("items");
        String ref = items == null || items.getItems() == null ? null : items.getItems().getRef();
        return ref == null ? "item" : ref.substring(ref.lastIndexOf('/') + 1);
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
        if (schema != null && schema.getExample() == null) {
            schema.setExample(example);
        }
    }
}
