package eu.od4growth.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import eu.od4growth.common.problem.ProblemContract;

/**
 * Completes every contract of the suite the same way: versioning first, then the problem responses it adds, then an
 * explicit {@code security: []} on every operation that needs no token, so a generated client (and a reader) can tell
 * a public operation from one whose security was forgotten.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        VersionContract.apply(openAPI);
        ProblemContract.apply(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null && openAPI.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        }));
        describeHealth(openAPI);
    }

    /** The health schemas come from SmallRye Health without a description or an example: give them one. */
    private static void describeHealth(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, Object> check = Map.of("name", "Database connections health check", "status", "UP");
        describe(schemas.get("HealthCheck"), "One check and its status", check);
        describe(schemas.get("HealthResponse"), "The overall status and each check's (MicroProfile Health)",
                Map.of("status", "UP", "checks", List.of(check)));
    }

    private static void describe(Schema schema, String description, Object example) {
        if (schema == null) {
            return;
        }
        if (schema.getDescription() == null) {
            schema.setDescription(description);
        }
        if (schema.getExample() == null) {
            schema.setExample(example);
        }
    }
}
