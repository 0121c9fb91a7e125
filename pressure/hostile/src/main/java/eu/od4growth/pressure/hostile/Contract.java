package eu.od4growth.pressure.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * One service's committed contract read with swagger-parser (every $ref resolved, allOf kept), reduced to what the
 * sweep attacks: each operation's method, path template, parameters and JSON request body schema.
 */
final class Contract {
    final String service;
    final String text;
    final OpenAPI api;
    final List<Op> operations = new ArrayList<>();

    record Op(String service, String method, String path, String operationId, List<Parameter> parameters,
            Schema<?> body, boolean bodyRequired, boolean anonymousAllowed) {
        boolean hasIfMatch() {
            return parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> where.equals(p.getIn())).toList();
        }

        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    Contract(String service, Path file) throws IOException {
        this.service = service;
        this.text = Files.readString(file);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException(file + " could not be read: " + result.getMessages());
        }
        this.api = result.getOpenAPI();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> o : entry.getValue()
                    .readOperationsMap().entrySet()) {
                io.swagger.v3.oas.models.Operation op = o.getValue();
                List<Parameter> params = new ArrayList<>();
                if (entry.getValue().getParameters() != null) {
                    params.addAll(entry.getValue().getParameters());
                }
                if (op.getParameters() != null) {
                    params.addAll(op.getParameters());
                }
                Schema<?> body = null;
                boolean required = false;
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    MediaType json = op.getRequestBody().getContent().get("application/json");
                    if (json != null) {
                        body = json.getSchema();
                        required = Boolean.TRUE.equals(op.getRequestBody().getRequired());
                    }
                }
                boolean anonymous = op.getSecurity() != null
                        && op.getSecurity().stream().anyMatch(requirement -> requirement.isEmpty());
                operations.add(new Op(service, o.getKey().name(), entry.getKey(), op.getOperationId(), params, body,
                        required, anonymous));
            }
        }
    }
}
