package eu.od4growth.deploy;

import java.util.Iterator;

import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm the Keycloak operator imports is the local run's realm (deploy/keycloak/od4g-realm.json) without its
 * demo users, client secrets and password-grant test client, and Keycloak's own model reads it without unknown
 * fields. Regenerate it with deploy/kubernetes/generate-realm-import.py when the realm changes.
 */
final class RealmImport {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private RealmImport() {
    }

    static void check(String localRealm, GenericKubernetesResource realmImport) {
        JsonNode imported = JSON.valueToTree(Manifests.object(realmImport, "spec.realm"));
        try {
            RealmRepresentation realm = JSON.treeToValue(imported, RealmRepresentation.class);
            assertThat(realm.getRealm()).isEqualTo("od4g");
            // No person: only the service accounts of the suite's own clients, without credentials.
            assertThat(realm.getUsers()).isNotEmpty().allSatisfy(user -> {
                assertThat(user.getServiceAccountClientId()).as(user.getUsername()).isNotBlank();
                assertThat(user.getCredentials()).as(user.getUsername()).isNullOrEmpty();
            });
            assertThat(realm.getClients()).isNotEmpty().allSatisfy(c -> assertThat(c.getSecret()).isNull())
                    .noneMatch(c -> "od4g-test".equals(c.getClientId()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("Keycloak cannot read the imported realm: " + e.getOriginalMessage(), e);
        }
        try {
            ObjectNode expected = (ObjectNode) JSON.readTree(localRealm);
            ArrayNode users = (ArrayNode) expected.get("users");
            for (Iterator<JsonNode> it = users.elements(); it.hasNext();) {
                if (!it.next().hasNonNull("serviceAccountClientId")) {
                    it.remove();
                }
            }
            ArrayNode clients = (ArrayNode) expected.get("clients");
            for (Iterator<JsonNode> it = clients.elements(); it.hasNext();) {
                ObjectNode client = (ObjectNode) it.next();
                client.remove("secret");
                if ("od4g-test".equals(client.path("clientId").asText())) {
                    it.remove();
                }
            }
            assertThat(imported).as("realm import out of date: run deploy/kubernetes/generate-realm-import.py")
                    .isEqualTo(expected);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
