package eu.od4growth.broken.alpha;

import jakarta.persistence.Entity;
import jakarta.ws.rs.core.Response;

/** An entity that knows HTTP, which the rules forbid. */
@Entity
public class Thing {

    Response asResponse() {
        return Response.ok().build();
    }
}
