package eu.od4growth.common.web;

import java.util.ArrayList;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import eu.od4growth.common.problem.ProblemContract;

/**
 * Completes every contract of the suite the same way: versioning first, then the problem responses it adds, then an
 * explicit {@code security: []} on every operation that needs no token, so a generated client (and a reader) can tell
 * a public operation from one whose security was forgotten; last, descriptions and examples for the schemas of
 * types no service can annotate ({@link SharedSchemas}).
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
        SharedSchemas.apply(openAPI);
    }
}
