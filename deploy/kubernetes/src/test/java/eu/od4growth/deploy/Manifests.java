package eu.od4growth.deploy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The rendered overlays as typed fabric8 resources, and a strict reading of them: the fabric8 model keeps unknown
 * fields in {@code additionalProperties} instead of failing, so every such field found anywhere is reported.
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("manifests.dir", ".")).toAbsolutePath();
    static final List<String> OVERLAYS = List.of("local", "production");
    /** The kubectl that renders (its built-in kustomize); the manifests are written for kustomize v2 and later. */
    static final String KUBECTL = System.getProperty("kubectl", "kubectl");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** {@code kubectl kustomize overlays/NAME}, parsed; fails when kubectl fails. */
    static List<HasMetadata> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    static String renderedText(String overlay) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process kubectl = new ProcessBuilder(KUBECTL, "kustomize", ROOT.resolve("overlays").resolve(overlay)
                    .toString()).redirectError(errors.toFile()).start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = kubectl.waitFor(60, TimeUnit.SECONDS);
            String warnings = Files.readString(errors);
            Files.delete(errors);
            if (!done || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize overlays/" + overlay + " failed:\n" + warnings);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render the overlays (apt-get install kubernetes-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<HasMetadata> render(String overlay) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : renderedText(overlay).split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                resources.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
            }
        }
        return resources;
    }

    static <T extends HasMetadata> List<T> all(String overlay, Class<T> type) {
        return rendered(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<GenericKubernetesResource> custom(String overlay, String kind) {
        return all(overlay, GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    /** Paths of every field the typed model did not know, in {@code value} and below. */
    static List<String> unknownFields(Object value) {
        List<String> unknown = new ArrayList<>();
        walk(value, "", unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null || value instanceof GenericKubernetesResource) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                walk(child, path + "." + decapitalize(getter.getName().substring(3)), unknown);
            }
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The keys of a custom resource's object at {@code path} (e.g. "spec", "spec.backup"). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(GenericKubernetesResource resource, String path) {
        Object value = resource.getAdditionalProperties();
        for (String key : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
