package eu.od4growth.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.ProxyContext;

/**
 * A request body of unknown length (chunked) passed to the service while it is counted: past the route's limit the
 * stream fails, the proxy resets the call and {@link BackendCalls} answers 413. Bodies with a Content-Length are
 * refused before any call (see {@link ProxyRoutes}).
 */
final class CappedBody implements ReadStream<Buffer> {

    /** ProxyContext attachment set when the body went past the limit. */
    static final String EXCEEDED = "od4g.body-exceeded";

    private final ReadStream<Buffer> body;
    private final long limit;
    private final ProxyContext context;
    private long received;
    private Handler<Throwable> failureHandler;

    CappedBody(ReadStream<Buffer> body, long limit, ProxyContext context) {
        this.body = body;
        this.limit = limit;
        this.context = context;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.failureHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(chunk -> {
            received += chunk.length();
            if (received > limit) {
                context.set(EXCEEDED, Boolean.TRUE);
                body.handler(null);
                if (failureHandler != null) {
                    failureHandler.handle(new IllegalStateException("request body over " + limit + " bytes"));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        body.endHandler(endHandler);
        return this;
    }
}
