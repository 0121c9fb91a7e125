package eu.od4growth.pressure.hostile;

import java.util.List;
import java.util.Random;

/**
 * The hostile values themselves, each drawn from the sweep's seeded {@link Random}: Unicode edge cases, injection
 * strings of several languages, boundary numbers, huge strings and path-segment garbage. Lone surrogates are plain
 * Java chars here; {@link Json} writes them as {@code \ud800} escapes and the URL encoder as the raw (invalid) UTF-8
 * bytes.
 */
final class Hostile {
    private Hostile() {
    }

    static final List<String> UNICODE = List.of(
            "\u0000", "a\u0000b", "\ud800", "x\udfffy", "\udbff\udbff", "\udc00\ud800",
            "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\u2066isolate\u2069",
            "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a",
            "\ufeffbom", "zero\u200bwidth\u200d", "\ufffe\uffff", "\ud83d\ude00\ud83d\udc69\u200d\ud83d\udcbb",
            "\u0007\u0008\u001b[31m", "line\nbreak\ttab\r", "\u2028\u2029", "\u00a0\u3000", "\ufdd0",
            "\u0130\u0131\u00df\u1e9e", "\ud835\udd4f\ud835\udd50", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 abc",
            "\u0000\u0000\u0000\u0000", "   ", "");

    static final List<String> INJECTION = List.of(
            "' OR '1'='1", "'; DROP TABLE dataset; --", "1; SELECT pg_sleep(5)--", "\" OR \"\"=\"", "1' UNION SELECT null,version()--",
            "$..*", "$[?(@.status=='DRAFT')]", "@.id", "$.store.book[?(@.price < 10)]",
            "*)(uid=*))(|(uid=*", "admin)(&)", "(cn=*)", "\\2a\\28",
            "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1:1/a}", "#{7*7}", "{{7*7}}", "<script>alert(1)</script>",
            "../../../../etc/passwd", "%00", "%0d%0aSet-Cookie: a=b", "\r\nX-Injected: yes", "a\rb", "a\nb",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "=cmd|' /C calc'!A0", "+SUM(1,1)", "@SUM(1+1)", "-1+1", "\\", "\"", "'", "`id`", "|| ls", "null", "undefined",
            "true", "NaN", "-0", "1e309", "0x1F");

    static final List<String> NUMBERS = List.of("0", "-1", "1", "-0", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e309", "-1e309",
            "0.5", "1.0000000000000000001", "4.9e-324", "123456789012345678901234567890", "1E2", "0.0");

    static final List<String> PATH_GARBAGE = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "%00", "%2e%2e%2f%2e%2e%2fq%2fhealth", "..", "%2F", "1", "-1",
            "' OR 1=1--", "%27%20OR%201%3D1--", "$..*", "*)(uid=*", "%ED%A0%80", "%E2%80%AE", "%C0%AE%C0%AE",
            "%0d%0aX-Injected:%20yes", "a%00b", "%F0%9F%98%80", "%FF%FE", "null", "undefined", "%20", "~",
            "3f2b8c1e-6d4a-4e9b-a1c7-5e0d9f2b7a4", "3f2b8c1e-6d4a-4e9b-a1c7-5e0d9f2b7a411", "{id}", ";jsessionid=1",
            "%3Cscript%3E", "x".repeat(300), "%25", "+", "%2B1");

    static String unicode(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return pick(random, UNICODE);
            case 1:
                return pick(random, UNICODE) + letters(random, random.nextInt(9)) + pick(random, UNICODE);
            default:
                StringBuilder any = new StringBuilder();
                int length = 1 + random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    any.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                }
                return any.toString();
        }
    }

    static String injection(Random random) {
        return pick(random, INJECTION);
    }

    /** Long strings: mostly a few kB to 900 kB (under the gateway's 1 MB body limit). */
    static String huge(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return "x".repeat(between(random, 1_000, 70_000));
            case 1:
                return "\u00e9".repeat(between(random, 70_000, 900_000) / 2);
            default:
                return "\ud83d\ude00".repeat(between(random, 100, 5_000));
        }
    }

    /** A Unicode edge case or an injection string (4 in 9 each), or a 256 to 9,000-character string. */
    static String anyHostileString(Random random) {
        int roll = random.nextInt(9);
        return roll < 4 ? unicode(random) : roll < 8 ? injection(random) : "y".repeat(between(random, 256, 9_000));
    }

    static String pathGarbage(Random random) {
        return random.nextBoolean() ? pick(random, PATH_GARBAGE) : encode(unicode(random));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static String letters(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
        return out.toString();
    }

    /** Percent-encodes every byte of the string's UTF-8 form (lone surrogates as their 3 raw bytes). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8(value)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** UTF-8 where a lone surrogate becomes its generalised 3-byte form (what a sloppy client sends). */
    static byte[] utf8(String value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                cp = Character.toCodePoint(c, value.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
