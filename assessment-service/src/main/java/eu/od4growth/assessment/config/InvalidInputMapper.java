package eu.od4growth.assessment.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import eu.od4growth.assessment.maturity.InvalidInputException;
import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemMapping;
import eu.od4growth.common.problem.ProblemResponses;
import eu.od4growth.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;

/** Answers the domain's validation failures as the one 400 validation problem of the suite, field by field. */
public class InvalidInputMapper {

    @ServerExceptionMapper(InvalidInputException.class)
    public Response problem(InvalidInputException e, HttpServerRequest request) {
        // sorted by field, as the suite's other validation problems are
        List<Problem.Violation> violations = e.violations().stream()
                .sorted(Comparator.comparing(Problem.Violation::field)).toList();
        Problem problem = Problem.of(ProblemType.VALIDATION,
                "The request has " + violations.size() + " invalid field(s)", request, violations);
        return ProblemResponses.of(new ProblemMapping.Reply(problem, Map.of()));
    }
}
