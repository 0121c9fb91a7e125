package eu.od4growth.workshop.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A tiny SMTP server on 127.0.0.1 that refuses every recipient the way Postfix does, quoting the address
 * ({@code 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown}); the mailer named
 * {@value #MAILER} sends to it. Started once for the test run, beside the other test resources.
 */
public class RejectingSmtpServer implements QuarkusTestResourceLifecycleManager {

    static final String MAILER = "rejecting";
    /** The RCPT TO arguments received, for the tests to check that the server was really asked. */
    static final List<String> RECIPIENTS = new CopyOnWriteArrayList<>();

    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "rejecting-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        String prefix = "quarkus.mailer." + MAILER + ".";
        return Map.of(prefix + "host", "127.0.0.1", prefix + "port", String.valueOf(server.getLocalPort()),
                prefix + "mock", "false", prefix + "from", "workshops@od4g.test", prefix + "start-tls", "DISABLED");
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        out.print("220 rejecting.test ESMTP\r\n");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO":
                case "HELO":
                    out.print("250 rejecting.test\r\n");
                    break;
                case "RCPT":
                    String recipient = line.substring(line.indexOf(':') + 1).trim();
                    RECIPIENTS.add(recipient);
                    out.print("550 5.1.1 " + recipient + ": Recipient address rejected: User unknown\r\n");
                    break;
                case "QUIT":
                    out.print("221 2.0.0 Bye\r\n");
                    out.flush();
                    return;
                default: // MAIL, RSET, NOOP
                    out.print("250 2.0.0 Ok\r\n");
            }
            out.flush();
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
