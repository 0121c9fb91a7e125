package eu.od4growth.workshop.mail;

/** The mails a participant receives about a registration. */
public enum MailKind {
    CONFIRMATION,
    WAITING_LIST,
    OFFER,
    OFFER_EXPIRED,
    SELF_CANCELLATION,
    CANCELLED_BY_ORGANISER,
    CHANGED,
    FEEDBACK_INVITATION,
    REMINDER
}
