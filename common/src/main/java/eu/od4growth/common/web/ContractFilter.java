package eu.od4growth.common.web;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import eu.od4growth.common.problem.ProblemContract;

/**
 * Completes every contract of the suite the same way: versioning first, then the problem responses it adds, then an
 * explicit optional token on every operation that needs none, so a generated client (and a reader) can tell a public
 * operation from one whose security was forgotten; last, descriptions and examples for the schemas of
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
        List<SecurityRequirement> optional = optionalToken(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null && openAPI.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>(optional));
            }
        }));
        SharedSchemas.apply(openAPI);
    }

    /**
     * An operation open to anyone still takes a token (a signed-in caller may see more, e.g. its organisation's
     * drafts; a bad token is refused): the token scheme or nothing, {@code [{oidc: []}, {}]}. Generated clients and
     * Swagger UI then send the token when they have one. Without a declared scheme: {@code []}, public.
     */
    private static List<SecurityRequirement> optionalToken(OpenAPI openAPI) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().keySet()
                    .forEach(scheme -> requirements.add(OASFactory.createSecurityRequirement().addScheme(scheme)));
        }
        if (!requirements.isEmpty()) {
            requirements.add(OASFactory.createSecurityRequirement());
        }
        return requirements;
    }
}
