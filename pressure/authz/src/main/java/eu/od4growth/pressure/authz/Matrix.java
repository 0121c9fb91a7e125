package eu.od4growth.pressure.authz;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of matrix.csv: one row per operation, one expected outcome per caller. An outcome is a status (403), a
 * class (2xx) or alternatives (404|403) when the suite may answer either.
 */
final class Matrix {

    static final List<String> CALLERS = List.of("anonymous", "admin", "coordinator", "publisher", "respondent",
            "participant", "other-org", "expired", "other-issuer", "tampered", "other-audience");

    /** The demo user behind each caller; the bad tokens are coordinator-ge's. */
    static final Map<String, String> USERS = Map.of("admin", "admin", "coordinator", "coordinator-ge", "publisher",
            "publisher-ge", "respondent", "respondent-ge", "participant", "participant-ge", "other-org",
            "coordinator-ve");

    record Row(int line, String operation, String method, String path, String fixture, String request, String body,
            Map<String, String> expected, String note) {

        boolean write() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    static List<Row> read(Path file) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
            for (CSVRecord r : format.parse(in)) {
                var expected = new java.util.LinkedHashMap<String, String>();
                for (String caller : CALLERS) {
                    expected.put(caller, r.get(caller));
                }
                rows.add(new Row((int) r.getRecordNumber(), r.get("operation"), r.get("method"), r.get("path"),
                        r.get("fixture"), r.get("request"), r.get("body"), expected,
                        r.isMapped("note") && r.isSet("note") ? r.get("note") : ""));
            }
        }
        return rows;
    }

    /** Whether an outcome cell is well formed: 200, 2xx, 404|403. */
    static boolean valid(String cell) {
        return cell.matches("([1-5](\\d\\d|xx))(\\|[1-5](\\d\\d|xx))*");
    }

    static boolean matches(String cell, int status) {
        for (String alt : cell.split("\\|")) {
            if (alt.endsWith("xx") ? status / 100 == alt.charAt(0) - '0' : status == Integer.parseInt(alt)) {
                return true;
            }
        }
        return false;
    }

    /** A refusal expected: the shared fixture serves it. A success gets a throwaway instance of its own. */
    static boolean refusal(String cell) {
        return !cell.startsWith("2");
    }
}
