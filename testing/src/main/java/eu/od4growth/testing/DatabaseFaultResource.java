package eu.od4growth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Test-only endpoint of the services that have a database: it breaks a NOT NULL constraint the way a missing
 * validation would, to prove that such a bug is a 500 logged at ERROR, never a 409 "conflict".
 */
@Path("/test-faults/not-null")
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DatabaseFaultResource {

    private final EntityManager entities;

    DatabaseFaultResource(EntityManager entities) {
        this.entities = entities;
    }

    @GET
    @PermitAll
    @Transactional
    @Operation(hidden = true)
    public String insertNull() {
        entities.createNativeQuery("CREATE TEMPORARY TABLE IF NOT EXISTS fault_probe (value text NOT NULL)")
                .executeUpdate();
        entities.createNativeQuery("INSERT INTO fault_probe (value) VALUES (NULL)").executeUpdate();
        return "stored";
    }
}
