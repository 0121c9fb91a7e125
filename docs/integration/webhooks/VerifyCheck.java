import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Verify against vectors.json (read with a pattern: the sample needs no JSON library). */
public final class VerifyCheck {
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]));
        Matcher cases = Pattern.compile("\\{\\s*\"name\": \"(.*?)\",\\s*\"secret\": \"(.*?)\",\\s*\"id\": \"(.*?)\","
                + "\\s*\"timestamp\": \"(.*?)\",\\s*\"body\": \"(.*?)\",\\s*\"signature\": \"(.*?)\",\\s*\"now\": (\\d+),"
                + "\\s*\"valid\": (true|false)\\s*}").matcher(json);
        int failed = 0;
        int count = 0;
        while (cases.find()) {
            count++;
            Map<String, String> headers = Map.of("webhook-id", cases.group(3), "webhook-timestamp", cases.group(4),
                    "webhook-signature", cases.group(6));
            byte[] body = cases.group(5).replace("\\\"", "\"").getBytes(StandardCharsets.UTF_8);
            boolean valid = Verify.verify(cases.group(2), headers, body, Instant.ofEpochSecond(Long.parseLong(cases.group(7))));
            boolean ok = valid == Boolean.parseBoolean(cases.group(8));
            failed += ok ? 0 : 1;
            System.out.println((ok ? "PASS  java: " : "FAIL  java: ") + cases.group(1) + " -> " + valid);
        }
        if (count == 0 || failed > 0) {
            System.exit(1);
        }
    }
}
