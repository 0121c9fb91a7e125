package eu.od4growth.workshop;

import java.util.List;

import io.quarkus.mailer.Attachment;
import io.smallrye.mutiny.Multi;

/** Reading what Quarkus' mock mailbox received. */
public final class Mails {

    private Mails() {
    }

    /** The content of an attachment (the mailer keeps it as a stream of bytes). */
    public static byte[] bytes(Attachment attachment) {
        List<Byte> data = Multi.createFrom().publisher(attachment.getData()).collect().asList().await().indefinitely();
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        return bytes;
    }
}
