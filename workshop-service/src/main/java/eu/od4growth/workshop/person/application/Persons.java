package eu.od4growth.workshop.person.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;

/**
 * A person's data across the suite: this service's part and those of catalog-service and assessment-service, asked
 * over REST with the caller's own token and a timeout each (quarkus.rest-client.*). A part that cannot be had makes the
 * whole answer a 503 naming it: a partial export is never presented as complete, and an erasure that could not reach a
 * service is repeated by the caller (each part is idempotent). The remote parts are erased first, so that this
 * service's data stays until every other part is gone.
 */
@ApplicationScoped
public class Persons {

    private static final Logger LOG = Logger.getLogger(Persons.class);

    private final PersonalData workshop;
    private final CatalogPersons catalog;
    private final AssessmentPersons assessment;
    private final Caller caller;
    private final Clock clock;
    private final JsonWebToken token;

    Persons(PersonalData workshop, @RestClient CatalogPersons catalog, @RestClient AssessmentPersons assessment,
            Caller caller, Clock clock, JsonWebToken token) {
        this.token = token;
        this.workshop = workshop;
        this.catalog = catalog;
        this.assessment = assessment;
        this.caller = caller;
        this.clock = clock;
    }

    /** The subject of {@code who}, "me" being the caller; only admins act for someone else. */
    public String subjectOf(String who) {
        String me = caller.subject();
        String subject = "me".equals(who) ? me : who;
        if (PersonalData.PSEUDONYM.equals(subject)) {
            throw Violations.of("subject", "'" + PersonalData.PSEUDONYM + "' stands for people already erased, not for"
                    + " a person");
        }
        caller.requireSelfOrAdmin(subject);
        return subject;
    }

    /** Everything the suite holds about {@code subject}, one part per service. */
    public PersonExport export(String subject) {
        String authorization = bearer();
        List<String> missing = new ArrayList<>();
        ServicePersonalData fromCatalog = remote("catalog", () -> catalog.export(subject, authorization), missing);
        ServicePersonalData fromAssessment = remote("assessment", () -> assessment.export(subject, authorization),
                missing);
        requireAll(missing, "the export would be incomplete, so none is given");
        Map<String, ServicePersonalData> services = new LinkedHashMap<>();
        services.put(PersonalData.SERVICE, workshop.export(subject));
        services.put("catalog", fromCatalog);
        services.put("assessment", fromAssessment);
        return new PersonExport(subject, clock.instant(), services);
    }

    /** Erases {@code subject} everywhere: the other services first, then this one (all or nothing here). */
    public PersonErasure erase(String subject) {
        String authorization = bearer();
        List<String> missing = new ArrayList<>();
        ServiceErasure fromCatalog = remote("catalog", () -> catalog.erase(subject, authorization), missing);
        ServiceErasure fromAssessment = remote("assessment", () -> assessment.erase(subject, authorization), missing);
        requireAll(missing, "nothing was erased here; erasure is idempotent, so repeat it");
        Map<String, ServiceErasure> services = new LinkedHashMap<>();
        services.put(PersonalData.SERVICE, workshop.erase(subject));
        services.put("catalog", fromCatalog);
        services.put("assessment", fromAssessment);
        LOG.infof("Personal data erased in the three services (by an %s)", caller.isAdmin() ? "administrator"
                : "erased person");
        return new PersonErasure(subject, clock.instant(), services);
    }

    /** The caller's own token, passed on so that each service checks who asks. */
    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static <T> T remote(String service, Supplier<T> call, List<String> missing) {
        try {
            T answer = call.get();
            if (answer == null) {
                missing.add(service + "-service (empty answer)");
            }
            return answer;
        } catch (WebApplicationException e) {
            LOG.warnf("%s-service answered %d to a persons call", service, e.getResponse().getStatus());
            missing.add(service + "-service (answered " + e.getResponse().getStatus() + ")");
        } catch (RuntimeException e) {
            LOG.warnf("%s-service did not answer a persons call: %s", service, e.getClass().getSimpleName());
            missing.add(service + "-service (unreachable or too slow)");
        }
        return null;
    }

    private static void requireAll(List<String> missing, String consequence) {
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Not available: " + String.join(", ", missing) + "; " + consequence + ". Try again later");
        }
    }
}
