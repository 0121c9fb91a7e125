package eu.od4growth.common.events;

import java.util.List;

/**
 * Where the relay hands committed events: the webhook hub. Each service posts them over HTTP
 * ({@link HttpEventSink}); the hub itself replaces this bean with a local one. Must be idempotent by event id: after a
 * failure the relay sends the same events again.
 */
public interface EventSink {

    /** Accepts all the events or throws; nothing is marked relayed unless this returns. */
    void accept(List<DomainEvent> events) throws Exception;
}
