package eu.od4growth.workshop.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the mails, in English here and in French and Italian in {@code messages/mail_*.properties}. */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Your place is confirmed: {event}")
    String confirmationSubject(String event);

    @Message("Your registration is confirmed. We look forward to seeing you.")
    String confirmationIntro();

    @Message("On the waiting list: {event}")
    String waitingListSubject(String event);

    @Message("The session is full, so you are number {position} on its waiting list. If a place frees up, we will offer it to you by e-mail.")
    String waitingListIntro(long position);

    @Message("A place is free for you: {event}")
    String offerSubject(String event);

    @Message("A place has freed up and it is yours if you accept it before {deadline}. After that, it goes to the next person in line.")
    String offerIntro(String deadline);

    @Message("Accept the place")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Offer expired: {event}")
    String offerExpiredSubject(String event);

    @Message("You did not answer the offer in time, so the place went to the next person in line.")
    String offerExpiredIntro();

    @Message("Registration cancelled: {event}")
    String selfCancellationSubject(String event);

    @Message("Your registration has been cancelled, as you asked.")
    String selfCancellationIntro();

    @Message("Cancelled by the organiser: {event}")
    String cancelledByOrganiserSubject(String event);

    @Message("The organiser has cancelled this session, and with it your registration. We apologise for the inconvenience.")
    String cancelledByOrganiserIntro();

    @Message("New time or place: {event}")
    String changedSubject(String event);

    @Message("The time or the place of your session has changed. Here are the new details.")
    String changedIntro();

    @Message("Reminder: {event}")
    String reminderSubject(String event);

    @Message("Your session is coming soon. Here are the details again; the calendar invitation is attached.")
    String reminderIntro();

    @Message("How was it? {event}")
    String feedbackSubject(String event);

    @Message("Thank you for coming. The session is over: please rate the event and the organisation from 1 to 5 and tell us what you thought on the OD4Growth portal. It takes a minute and helps us do better.")
    String feedbackIntro();

    @Message("When")
    String when();

    @Message("Where")
    String where();

    @Message("Online")
    String online();

    @Message("Join link")
    String joinLink();

    @Message("Check-in code")
    String checkInCode();

    @Message("Show this code or its QR code at the entrance.")
    String checkInCaption();

    @Message("This message was sent by the OD4G workshop service of the OD4Growth programme.")
    String footer();

    @Message("Do you accept the place offered to you? The offer holds until {deadline}.")
    String acceptQuestion(String deadline);

    @Message("Do you decline the place offered to you? It will go to the next person in line.")
    String declineQuestion();

    @Message("Your place is confirmed; a confirmation e-mail is on its way.")
    String accepted();

    @Message("You declined the place; it goes to the next person in line.")
    String declined();
}
