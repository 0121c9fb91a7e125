package eu.od4growth.workshop.registration.model;

/** What happens to a registration: the service confirms or offers, the participant answers, time expires offers. */
public enum RegistrationAction {
    CONFIRM,
    OFFER,
    ACCEPT,
    DECLINE,
    EXPIRE,
    CANCEL,
    MOVE
}
