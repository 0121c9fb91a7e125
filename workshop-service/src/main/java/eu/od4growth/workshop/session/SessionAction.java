package eu.od4growth.workshop.session;

/** What an organiser does to a session's status. */
public enum SessionAction {
    CLOSE_REGISTRATION,
    REOPEN_REGISTRATION,
    CANCEL
}
