package eu.od4growth.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed contracts of the suite (bundled by the build) merge into one document whose every $ref resolves. */
class ContractMergerTest {

    private static final List<String> PARTS = List.of("gateway", "assessment", "catalog", "workshop");

    @Test
    void theCommittedContractsMergeWithoutADanglingReference() throws IOException {
        List<Contract> contracts = new ArrayList<>();
        int paths = 0;
        for (String part : PARTS) {
            try (InputStream in = getClass().getResourceAsStream("/contracts/" + part + ".yaml")) {
                assertThat(in).as(part + " is bundled").isNotNull();
                ObjectNode document = (ObjectNode) new YAMLMapper().readTree(in);
                paths += document.path("paths").size();
                contracts.add(new Contract(part, document, Contract.BUILD, null));
            }
        }
        ObjectNode merged = ContractMerger.merge(contracts, "https://idp.example/.well-known/openid-configuration");

        assertThat(merged.path("paths").size()).isEqualTo(paths);
        List<String> refs = new ArrayList<>();
        collectRefs(merged, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String[] parts = ref.substring("#/".length()).split("/");
            assertThat(merged.path(parts[0]).path(parts[1]).has(parts[2])).as(ref).isTrue();
        }
        assertThat(merged.path("components").path("securitySchemes").path("oidc").path("openIdConnectUrl").asText())
                .isEqualTo("https://idp.example/.well-known/openid-configuration");
        assertThat(merged.path("x-tagGroups").findValuesAsText("name")).containsAll(PARTS);
        // A token is optional everywhere, so Swagger UI sends it on public reads too once signed in.
        assertThat(merged.path("security").toString()).isEqualTo("[{\"oidc\":[]},{}]");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }
}
