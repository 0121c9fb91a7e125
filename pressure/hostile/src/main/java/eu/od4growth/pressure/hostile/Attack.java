package eu.od4growth.pressure.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated hostile request. The If-Match value is a mode resolved when the request is sent (the target's ETag
 * changes when an earlier request was accepted): CURRENT reaches body validation, the others must be refused.
 */
record Attack(Contract.Op op, String category, String method, String pathAndQuery, Map<String, String> headers,
        byte[] body, IfMatch ifMatch, String ifMatchValue, String target, String what) {

    boolean write() {
        return !method.equals("GET");
    }

    enum IfMatch {
        CURRENT, GIVEN, NONE
    }

    /** A short, reproducible description for the report (bodies cut to 300 characters, escapes shown). */
    String describe() {
        StringBuilder out = new StringBuilder(method).append(' ').append(cut(pathAndQuery, 300));
        headers.forEach((k, v) -> out.append(" -H '").append(k).append(": ").append(cut(printable(v), 120)).append('\''));
        if (ifMatch == IfMatch.GIVEN) {
            out.append(" -H 'If-Match: ").append(cut(printable(ifMatchValue), 120)).append('\'');
        } else if (ifMatch == IfMatch.CURRENT) {
            out.append(" -H 'If-Match: <current ETag>'");
        }
        if (body != null) {
            out.append(" --data '").append(cut(printable(new String(body, StandardCharsets.UTF_8)), 300)).append("' (")
                    .append(body.length).append(" bytes)");
        }
        return out.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(2000).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffd) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
