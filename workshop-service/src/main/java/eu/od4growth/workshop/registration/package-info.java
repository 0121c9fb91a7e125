/**
 * Registration for sessions: confirmed while places remain, otherwise a waiting list in arrival order whose first
 * person is offered each freed place for a limited time. Every change of a session's places holds the session's row
 * lock, and a deferred database trigger refuses any commit that would exceed the capacity. Split into {@code model}
 * (the registration and its rules), {@code application} (use cases, one transaction each, background jobs) and
 * {@code web} (resources and bodies).
 */
package eu.od4growth.workshop.registration;
