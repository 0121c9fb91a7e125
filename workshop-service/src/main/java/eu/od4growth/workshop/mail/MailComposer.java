package eu.od4growth.workshop.mail;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.workshop.event.Multilingual;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Writes a {@link Letter} in its reader's language (fr, en or it; others read English), as plain text and HTML. */
@ApplicationScoped
public class MailComposer {

    static final List<String> LANGUAGES = List.of("en", "fr", "it");

    private final Template html;
    private final Template text;

    MailComposer(@Location("mail/message.html") Template html, @Location("mail/message.txt") Template text) {
        this.html = html;
        this.text = text;
    }

    /** A written mail. */
    record Written(String subject, String text, String html) {
    }

    /** What the templates lay out. */
    @TemplateData
    record Content(String language, String subject, String greeting, String intro, List<Line> details,
            List<Line> actions, String footer, String qrCode, String qrCaption) {
    }

    /** A label and its value, or a link's label and URL. */
    @TemplateData
    record Line(String label, String value, boolean link) {
        Line(String label, String value) {
            this(label, value, value != null && value.startsWith("http"));
        }
    }

    Written write(Letter letter) {
        String language = LANGUAGES.contains(letter.language()) ? letter.language() : "en";
        MailMessages messages = messages(language);
        Locale locale = Locale.forLanguageTag(language);
        String event = titleIn(letter.eventTitle(), language);
        String subject;
        String intro;
        List<Line> actions = new ArrayList<>();
        switch (letter.kind()) {
            case CONFIRMATION:
                subject = messages.confirmationSubject(event);
                intro = messages.confirmationIntro();
                break;
            case WAITING_LIST:
                subject = messages.waitingListSubject(event);
                intro = messages.waitingListIntro(letter.waitingPosition() == null ? 0 : letter.waitingPosition());
                break;
            case OFFER:
                subject = messages.offerSubject(event);
                intro = messages.offerIntro(moment(letter.offerExpiresAt(), letter, locale));
                actions.add(new Line(messages.accept(), letter.acceptUrl()));
                actions.add(new Line(messages.decline(), letter.declineUrl()));
                break;
            case OFFER_EXPIRED:
                subject = messages.offerExpiredSubject(event);
                intro = messages.offerExpiredIntro();
                break;
            case SELF_CANCELLATION:
                subject = messages.selfCancellationSubject(event);
                intro = messages.selfCancellationIntro();
                break;
            case CANCELLED_BY_ORGANISER:
                subject = messages.cancelledByOrganiserSubject(event);
                intro = messages.cancelledByOrganiserIntro();
                break;
            case CHANGED:
                subject = messages.changedSubject(event);
                intro = messages.changedIntro();
                break;
            case REMINDER:
                subject = messages.reminderSubject(event);
                intro = messages.reminderIntro();
                break;
            case FEEDBACK_INVITATION:
                subject = messages.feedbackSubject(event);
                intro = messages.feedbackIntro();
                break;
            default:
                throw new IllegalStateException("No text for " + letter.kind());
        }
        List<Line> details = new ArrayList<>();
        details.add(new Line(messages.when(), period(letter, locale)));
        if (letter.address() != null && !letter.address().isBlank()) {
            details.add(new Line(messages.where(), letter.address()));
        }
        if (letter.joinUrl() != null) {
            details.add(new Line(messages.joinLink(), letter.joinUrl()));
        }
        if (letter.checkInCode() != null) {
            details.add(new Line(messages.checkInCode(), letter.checkInCode()));
        }
        Content content = new Content(language, subject, messages.greeting(letter.name() == null ? "" : letter.name()),
                intro, details, actions, messages.footer(), letter.checkInCode() == null ? null : Letter.QR_CODE_ID,
                messages.checkInCaption());
        return new Written(subject, text.data("mail", content).data("event", event).render(),
                html.data("mail", content).data("event", event).render());
    }

    private static String period(Letter letter, Locale locale) {
        ZonedDateTime start = letter.startsAt().atZone(letter.zone());
        ZonedDateTime end = letter.endsAt().atZone(letter.zone());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? end.format(time)
                : end.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
        return start.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale))
                + " – " + until + " (" + letter.zone().getId() + ")";
    }

    /** The texts in {@code language}, or in English when they do not exist in it. */
    public static MailMessages messages(String language) {
        return "en".equals(language) || !LANGUAGES.contains(language) ? MessageBundles.get(MailMessages.class)
                : MessageBundles.get(MailMessages.class, Localized.Literal.of(language));
    }

    /** {@code instant} as people of the zone read it, in {@code language}. */
    public static String moment(Instant instant, java.time.ZoneId zone, String language) {
        return moment(instant, zone, Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"));
    }

    private static String moment(Instant instant, Letter letter, Locale locale) {
        return moment(instant, letter.zone(), locale);
    }

    private static String moment(Instant instant, java.time.ZoneId zone, Locale locale) {
        return instant.atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale))
                + " (" + zone.getId() + ")";
    }

    /** The text in {@code language}, else in English, else in any language it has. */
    public static String titleIn(Map<String, String> text, String language) {
        return Multilingual.pick(text, language).text();
    }
}
