package eu.od4growth.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields of the operators' custom resources that the manifests may use, taken from the CloudNativePG (API
 * {@code postgresql.cnpg.io/v1}) and Keycloak operator ({@code k8s.keycloak.org/v2alpha1}) API references. Their CRD
 * schemas cannot be downloaded on our build machines (only Maven Central, npm and Debian are reachable), so this
 * check is a list kept by hand: it catches misspelled or misplaced fields, not every constraint of the schemas.
 */
final class CustomResourceFields {

    /** Allowed keys per kind and object path. */
    private static final Map<String, Map<String, Set<String>>> KNOWN = Map.of(
            "Cluster", Map.of(
                    "spec", Set.of("instances", "imageName", "storage", "walStorage", "postgresql", "managed",
                            "backup", "bootstrap", "affinity", "resources", "monitoring", "description",
                            "primaryUpdateStrategy", "enableSuperuserAccess", "superuserSecret",
                            "externalClusters", "replica", "minSyncReplicas", "maxSyncReplicas",
                            "topologySpreadConstraints"),
                    "spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
                    "spec.postgresql", Set.of("parameters", "pg_hba", "pg_ident", "shared_preload_libraries",
                            "synchronous", "ldap"),
                    "spec.managed", Set.of("roles", "services"),
                    "spec.managed.roles", Set.of("name", "ensure", "login", "passwordSecret", "comment",
                            "connectionLimit", "createdb", "createrole", "inherit", "inRoles", "replication",
                            "superuser", "validUntil", "disablePassword", "bypassrls"),
                    "spec.backup", Set.of("retentionPolicy", "barmanObjectStore", "target", "volumeSnapshot"),
                    "spec.backup.barmanObjectStore", Set.of("destinationPath", "endpointURL", "endpointCA",
                            "s3Credentials", "azureCredentials", "googleCredentials", "wal", "data", "serverName",
                            "tags", "historyTags"),
                    "spec.backup.barmanObjectStore.s3Credentials", Set.of("accessKeyId", "secretAccessKey",
                            "region", "sessionToken", "inheritFromIAMRole"),
                    "spec.backup.barmanObjectStore.wal", Set.of("compression", "encryption", "maxParallel"),
                    "spec.backup.barmanObjectStore.data", Set.of("compression", "encryption", "jobs",
                            "immediateCheckpoint")),
            "Database", Map.of(
                    "spec", Set.of("cluster", "name", "owner", "ensure", "extensions", "schemas",
                            "databaseReclaimPolicy", "encoding", "locale", "template", "tablespace",
                            "allowConnections", "connectionLimit", "isTemplate"),
                    "spec.extensions", Set.of("name", "ensure", "version", "schema")),
            "ScheduledBackup", Map.of(
                    "spec", Set.of("schedule", "cluster", "backupOwnerReference", "immediate", "suspend", "method",
                            "target", "online", "onlineConfiguration")),
            "Keycloak", Map.of(
                    "spec", Set.of("instances", "db", "hostname", "http", "ingress", "image", "features",
                            "transaction", "unsupported", "additionalOptions", "proxy", "resources", "truststores",
                            "startOptimized", "networkPolicy", "bootstrapAdmin", "cache", "scheduling"),
                    "spec.db", Set.of("vendor", "host", "port", "database", "usernameSecret", "passwordSecret",
                            "schema", "url", "poolInitialSize", "poolMinSize", "poolMaxSize"),
                    "spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic"),
                    "spec.http", Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations",
                            "labels"),
                    "spec.ingress", Set.of("enabled", "className", "annotations", "tlsSecret", "labels")),
            "KeycloakRealmImport", Map.of(
                    "spec", Set.of("keycloakCRName", "realm", "placeholders", "resources")));

    private CustomResourceFields() {
    }

    static void check(String overlay) {
        KNOWN.forEach((kind, paths) -> {
            List<GenericKubernetesResource> resources = Manifests.custom(overlay, kind);
            for (GenericKubernetesResource resource : resources) {
                paths.forEach((path, allowed) -> keysAt(resource.getAdditionalProperties(), path.split("\\."), 0)
                        .forEach(key -> assertThat(allowed)
                                .as(kind + " " + resource.getMetadata().getName() + " " + path + "." + key)
                                .contains(key)));
            }
        });
    }

    /** The keys of every object at the path (lists along the way are entered element by element). */
    private static List<String> keysAt(Object value, String[] path, int depth) {
        if (value instanceof List<?> items) {
            return items.stream().flatMap(item -> keysAt(item, path, depth).stream()).toList();
        }
        if (!(value instanceof Map<?, ?> map)) {
            return List.of();
        }
        if (depth == path.length) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return keysAt(map.get(path[depth]), path, depth + 1);
    }
}
