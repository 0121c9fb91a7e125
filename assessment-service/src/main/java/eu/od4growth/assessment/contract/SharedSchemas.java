package eu.od4growth.assessment.contract;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives a description and an example to the named schemas SmallRye OpenAPI makes for types that cannot carry a
 * {@code @Schema} here: the JDK's UUID, Instant and LocalDate, and every {@code PageResponse<View>} of od4g-common. A
 * client developer then learns their format and shape from the contract alone (contract lint gate, issue 13). Only
 * what is missing is added, so an annotation, or common's filter once it does this, wins.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class SharedSchemas implements OASFilter {

    private static final String PAGE_PREFIX = "PageResponse";

    /** The item schema of each page, by the view class name SmallRye appends to PageResponse. */
    private static final Map<String, String> PAGE_ITEMS = Map.of(
            "ModelView", "questionnaire models",
            "CampaignView", "campaigns",
            "AssessmentView", "assessments",
            "ObjectiveView", "objectives of an action plan",
            "ActionView", "actions of an action plan");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        complete(schemas.get("UUID"), "Identifier of a record (model, campaign, assessment, objective, action),"
                + " assigned by the service", "3f2b8c1e-6d4a-4e9b-a1c7-5e0d9f2b7a41");
        complete(schemas.get("Instant"), "A point in time, ISO 8601 in UTC", "2027-03-15T09:30:00Z");
        complete(schemas.get("LocalDate"), "A calendar day, ISO 8601", "2027-06-30");
        schemas.forEach((name, schema) -> {
            if (name.startsWith(PAGE_PREFIX) && name.length() > PAGE_PREFIX.length()) {
                String view = name.substring(PAGE_PREFIX.length());
                page(schema, PAGE_ITEMS.getOrDefault(view, "records"));
            }
        });
    }

    private static void page(Schema schema, String items) {
        complete(schema, "One page of the list of " + items + ", in the list's order: the items, the index of the"
                + " page (from 0), the page size asked for and the number of items in the whole list", null);
        if (schema.getProperties() != null) {
            complete(schema.getProperties().get("page"), null, 0);
            complete(schema.getProperties().get("size"), null, 20);
            complete(schema.getProperties().get("total"), null, 57);
        }
    }

    private static void complete(Schema schema, String description, Object example) {
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
