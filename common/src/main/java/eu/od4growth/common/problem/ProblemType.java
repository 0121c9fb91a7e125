package eu.od4growth.common.problem;

/** The kinds of problem every service may answer; services add their own through {@link ProblemException}. */
public enum ProblemType {
    VALIDATION(400, "/problems/validation", "Invalid request"),
    MALFORMED(400, "/problems/malformed-request", "Malformed request body"),
    UNAUTHENTICATED(401, "/problems/unauthenticated", "Authentication required"),
    FORBIDDEN(403, "/problems/forbidden", "Not allowed"),
    NOT_FOUND(404, "/problems/not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "/problems/method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "/problems/not-acceptable", "Not acceptable"),
    CONFLICT(409, "/problems/conflict", "Conflict"),
    PRECONDITION_FAILED(412, "/problems/precondition-failed", "Precondition failed"),
    REQUEST_TIMEOUT(408, "/problems/request-timeout", "Request timeout"),
    GONE(410, "/problems/gone", "Gone"),
    PAYLOAD_TOO_LARGE(413, "/problems/payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "/problems/uri-too-long", "Request line too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "/problems/unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "/problems/unprocessable", "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "/problems/precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "/problems/too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "/problems/headers-too-large", "Request headers too large"),
    /** Any other 4xx status: the problem keeps the status it was raised with. */
    CLIENT_ERROR(400, "/problems/client-error", "Client error"),
    INTERNAL(500, "/problems/internal", "Internal error"),
    SERVICE_UNAVAILABLE(503, "/problems/service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "/problems/gateway-timeout", "Gateway timeout");

    /** Detail of the 503 answered when tokens cannot be checked because the identity provider is unreachable. */
    public static final String IDENTITY_PROVIDER_DOWN = "The identity provider is not available right now, so the token cannot be checked; try again later";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String uri, String title) {
        this.status = status;
        this.uri = uri;
        this.title = title;
    }

    /**
     * The kind for a status code when nothing more precise is known; a status without a kind of its own gets
     * {@link #CLIENT_ERROR} or {@link #INTERNAL}, and the problem keeps the status (see {@link Problem#of}).
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED && type != CLIENT_ERROR) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : CLIENT_ERROR;
    }
}
