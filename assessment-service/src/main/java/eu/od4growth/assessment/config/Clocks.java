package eu.od4growth.assessment.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The time of the service, as a bean, so tests can set it (an alternative bean) instead of sleeping. */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
