package eu.od4growth.catalog.ckan;

/**
 * Stands for the schema of an action's {@code result} in the contract: an object (package_show, package_search…) or
 * a list (package_list, tag_list…), as CKAN answers; its schema is in application.properties
 * ({@code mp.openapi.schema.…CkanResult}), since no Java type says "object or array".
 */
final class CkanResult {

    private CkanResult() {
    }
}
