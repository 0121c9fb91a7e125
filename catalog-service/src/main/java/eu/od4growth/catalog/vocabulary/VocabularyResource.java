package eu.od4growth.catalog.vocabulary;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of the controlled vocabularies: public, so that forms and clients offer only codes the API accepts. */
@Path("/api/catalog/vocabularies")
@Tag(name = "Vocabularies")
public class VocabularyResource {

    private final Vocabularies vocabularies;

    VocabularyResource(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listVocabularies", summary = "List the names of the controlled vocabularies")
    @APIResponse(responseCode = "200", description = "The vocabulary names, e.g. themes, file-types, licenses")
    @APIResponse(responseCode = "406", description = "The Accept header names no type this operation produces (it produces application/json only)")
    public List<String> list() {
        return Arrays.stream(Vocabulary.values()).map(Vocabulary::path).toList();
    }

    @GET
    @Path("{name}")
    @PermitAll
    @Operation(operationId = "getVocabulary", summary = "List the terms of a controlled vocabulary", description = "Codes with their URI and multilingual label; file types say whether they are machine-readable and non-proprietary, licences whether they are open.")
    @APIResponse(responseCode = "200", description = "The terms, in their usual order")
    @APIResponse(responseCode = "404", description = "No such vocabulary")
    public List<Term> get(
            @Parameter(description = "Name of the vocabulary", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "themes", "frequencies", "file-types", "licenses", "access-rights", "languages", "hvd-categories",
                    "availabilities", "distribution-statuses", "checksum-algorithms" })) @PathParam("name") String name) {
        return vocabularies.terms(Vocabularies.byPath(name));
    }
}
