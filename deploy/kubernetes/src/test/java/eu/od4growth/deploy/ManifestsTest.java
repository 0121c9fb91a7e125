package eu.od4growth.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay renders, every resource reads strictly, and every workload follows the suite's policies: limits,
 * probes, non-root, read-only root filesystem, an autoscaler and a disruption budget, network policies that only
 * let the gateway reach the services and the services reach PostgreSQL, and no secret value anywhere.
 */
class ManifestsTest {

    static List<String> overlays() {
        return Manifests.OVERLAYS;
    }

    static final Set<String> APPLICATIONS = Set.of("od4g-assessment", "od4g-catalog", "od4g-workshop", "od4g-gateway");

    @ParameterizedTest
    @MethodSource("overlays")
    void everyResourceIsKnownAndReadsStrictly(String overlay) {
        List<HasMetadata> resources = Manifests.rendered(overlay);
        assertThat(resources).isNotEmpty();
        for (HasMetadata resource : resources) {
            assertThat(Manifests.unknownFields(resource)).as(resource.getKind() + " " + resource.getMetadata().getName())
                    .isEmpty();
            assertThat(resource.getMetadata().getNamespace()).as("namespace of " + resource.getMetadata().getName())
                    .isEqualTo("od4g");
        }
        Map<String, Long> kinds = resources.stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
        assertThat(kinds).containsEntry("Deployment", 4L).containsEntry("Service", 4L)
                .containsEntry("HorizontalPodAutoscaler", 4L).containsEntry("PodDisruptionBudget", 4L)
                .containsEntry("Ingress", 1L).containsEntry("Cluster", 1L).containsEntry("Database", 3L)
                .containsEntry("Keycloak", 1L).containsEntry("KeycloakRealmImport", 1L);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasLimitsProbesAndRunsLockedDown(String overlay) {
        for (Deployment deployment : Manifests.all(overlay, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.getAutomountServiceAccountToken()).as(name + " service account token").isFalse();
            assertThat(pod.getTopologySpreadConstraints()).as(name + " topology spread").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getLabelSelector().getMatchLabels())
                            .containsEntry("app.kubernetes.io/name", name));
            for (Container container : pod.getContainers()) {
                String what = name + "/" + container.getName();
                assertThat(container.getResources().getLimits()).as(what + " limits").containsKeys("cpu", "memory");
                assertThat(container.getResources().getRequests()).as(what + " requests").containsKeys("cpu",
                        "memory");
                assertThat(container.getLivenessProbe()).as(what + " liveness").isNotNull();
                assertThat(container.getReadinessProbe()).as(what + " readiness").isNotNull();
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(what + " read-only")
                        .isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(what).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(what).contains("ALL");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyApplicationHasAServiceAnAutoscalerAndADisruptionBudget(String overlay) {
        Set<String> deployments = names(Manifests.all(overlay, Deployment.class));
        assertThat(deployments).isEqualTo(APPLICATIONS);
        assertThat(names(Manifests.all(overlay, Service.class))).isEqualTo(APPLICATIONS);
        assertThat(Manifests.all(overlay, HorizontalPodAutoscaler.class))
                .extracting(h -> h.getSpec().getScaleTargetRef().getName()).containsExactlyInAnyOrderElementsOf(
                        APPLICATIONS);
        assertThat(Manifests.all(overlay, PodDisruptionBudget.class))
                .extracting(p -> p.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        Ingress ingress = Manifests.all(overlay, Ingress.class).get(0);
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        for (Deployment deployment : Manifests.all(overlay, Deployment.class)) {
            var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            String config = container.getEnvFrom().get(0).getConfigMapRef().getName();
            assertThat(Manifests.all(overlay, ConfigMap.class)).as(deployment.getMetadata().getName() + " config")
                    .anyMatch(c -> c.getMetadata().getName().equals(config));
            assertThat(container.getImage()).endsWith(deployment.getMetadata().getName().replace("od4g-", "/")
                    + (deployment.getMetadata().getName().equals("od4g-gateway") ? "" : "-service") + ":0.1.0");
        }
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService()
                .getName()).isEqualTo("od4g-gateway");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayReachesTheServicesAndOnlyTheServicesReachPostgres(String overlay) {
        Map<String, NetworkPolicy> policies = Manifests.all(overlay, NetworkPolicy.class).stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), p -> p));
        NetworkPolicy deny = policies.get("od4g-default-deny-ingress");
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        NetworkPolicy services = policies.get("od4g-services-from-gateway");
        assertThat(services.getSpec().getPodSelector().getMatchExpressions().get(0).getValues())
                .containsExactlyInAnyOrder("od4g-assessment", "od4g-catalog", "od4g-workshop");
        assertThat(services.getSpec().getIngress().get(0).getFrom()).anySatisfy(peer -> assertThat(
                peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "od4g-gateway"));
        NetworkPolicy postgres = policies.get("od4g-postgres-from-services");
        assertThat(postgres.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchExpressions()
                .get(0).getValues()).containsExactlyInAnyOrder("od4g-assessment", "od4g-catalog", "od4g-workshop");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretValueIsInTheManifests(String overlay) {
        assertThat(Manifests.rendered(overlay)).noneMatch(r -> r.getKind().equals("Secret"));
        for (ConfigMap config : Manifests.all(overlay, ConfigMap.class)) {
            assertThat(config.getData().keySet()).as(config.getMetadata().getName())
                    .noneMatch(key -> key.matches("(?i).*(PASSWORD|SECRET|CREDENTIALS?|_TOKEN|_KEY)$"));
        }
        for (Deployment deployment : Manifests.all(overlay, Deployment.class)) {
            for (EnvVar env : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (env.getName().matches("(?i).*(PASSWORD|SECRET|USERNAME).*")) {
                    assertThat(env.getValue()).as(env.getName() + " comes from a Secret").isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                }
            }
        }
        assertThat(Manifests.renderedText(overlay)).doesNotContainIgnoringCase("\"secret\":")
                .doesNotContain("od4g-service-secret").doesNotContain("\"password\"").doesNotContain("\"credentials\"");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void customResourcesUseOnlyFieldsTheirOperatorsDefine(String overlay) {
        CustomResourceFields.check(overlay);
    }

    @org.junit.jupiter.api.Test
    void productionRunsSeveralReplicasAndBacksUpPostgres() {
        // Replicas are the autoscalers' business (a Deployment that sets them would fight the autoscaler).
        assertThat(Manifests.all("production", Deployment.class)).allSatisfy(d -> assertThat(
                d.getSpec().getReplicas()).isNull());
        assertThat(Manifests.all("production", HorizontalPodAutoscaler.class)).allSatisfy(h -> assertThat(
                h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(3));
        var cluster = Manifests.custom("production", "Cluster").get(0);
        assertThat(Manifests.object(cluster, "spec")).containsEntry("instances", 3);
        assertThat(Manifests.object(cluster, "spec.backup.barmanObjectStore")).containsKey("destinationPath");
        assertThat(Manifests.custom("production", "ScheduledBackup")).hasSize(1);
        assertThat(Manifests.all("local", HorizontalPodAutoscaler.class)).allSatisfy(h -> assertThat(
                h.getSpec().getMinReplicas()).isEqualTo(1));
    }

    @org.junit.jupiter.api.Test
    void theRealmImportIsTheLocalRealmWithoutDemoUsersOrSecrets() throws IOException {
        RealmImport.check(Files.readString(Manifests.ROOT.resolve("../keycloak/od4g-realm.json")),
                Manifests.custom("production", "KeycloakRealmImport").get(0));
    }

    private static Set<String> names(List<? extends HasMetadata> resources) {
        return resources.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
    }
}
