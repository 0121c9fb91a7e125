package eu.od4growth.common.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import eu.od4growth.common.problem.ProblemContract;

/** Completes every contract of the suite the same way: versioning first, then the problem responses it adds. */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        VersionContract.apply(openAPI);
        ProblemContract.apply(openAPI);
    }
}
