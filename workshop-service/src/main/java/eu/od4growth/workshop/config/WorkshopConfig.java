package eu.od4growth.workshop.config;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of registration and its e-mails ({@code od4g.workshop.*}). */
@ConfigMapping(prefix = "od4g.workshop")
public interface WorkshopConfig {

    /** How long a freed place is held for the first person on the waiting list. */
    @WithDefault("PT48H")
    Duration offerDuration();

    /** Public base URL of the API (the gateway), for the links in e-mails. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Secret that signs the accept/decline links of offers; set it in production (at least 32 characters). */
    String linkSecret();

    /** How often the offer expiry runs ({@code off} stops it, e.g. in tests that run it by hand). */
    @WithDefault("30s")
    String offerExpiryEvery();

    Mail mail();

    Feedback feedback();

    Reminders reminders();

    Retention retention();

    /** How long personal data is kept (docs/privacy.md). */
    interface Retention {

        /** Registration answers and personal fields are removed this long after their session ended. */
        @WithDefault("P6M")
        Period registrationsAfter();

        /** Sent mails are deleted this long after they were sent. */
        @WithDefault("P30D")
        Duration sentMailsAfter();

        /** How often the retention job runs ({@code off} stops it). */
        @WithDefault("1h")
        String every();
    }

    /** The reminders before sessions. */
    interface Reminders {

        /** How often due reminders are sent ({@code off} stops it). */
        @WithDefault("60s")
        String every();
    }

    /** The satisfaction questionnaire. */
    interface Feedback {

        /** How often the attendees of sessions that ended are invited to answer ({@code off} stops it). */
        @WithDefault("60s")
        String inviteEvery();
    }

    /** The mail outbox. */
    interface Mail {

        /** How often the outbox is drained ({@code off} stops it). */
        @WithDefault("5s")
        String drainEvery();

        /** How many mails one drain sends at most. */
        @WithDefault("50")
        int batch();
    }
}
