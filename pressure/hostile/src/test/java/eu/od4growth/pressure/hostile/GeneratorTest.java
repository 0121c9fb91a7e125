package eu.od4growth.pressure.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The generator over the real committed contracts, without a suite: a seed replays the same requests, nothing sent
 * could really publish or delete the sweep's records, and no generated body points a service at another host.
 */
class GeneratorTest {
    private static final String ID = "11111111-2222-4333-8444-555555555555";
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?|ldap)://([^/\"\\\\\\s]*)");

    private static final Generator.Targets TARGETS = new Generator.Targets() {
        @Override
        public String pathValue(Contract.Op op, String name) {
            return ID;
        }

        @Override
        public String idFor(String field) {
            return field.equals("model") || field.equals("event") ? ID : null;
        }

        @Override
        public String targetOf(Contract.Op op) {
            return op.path();
        }
    };

    private static List<Contract> contracts;

    private static synchronized List<Contract> contracts() throws Exception {
        if (contracts != null) {
            return contracts;
        }
        Path repo = Path.of(System.getenv().getOrDefault("HOSTILE_REPO", "../.."));
        List<Contract> out = new ArrayList<>();
        for (String service : List.of("assessment", "catalog", "workshop")) {
            out.add(new Contract(service, repo.resolve(service + "-service/src/main/openapi/openapi.yaml")));
        }
        contracts = out;
        return out;
    }

    private static List<Attack> draw(Contract contract, long seed, int perOperation) {
        Generator generator = new Generator(TARGETS, "hostile-sweep-test");
        Random random = new Random(seed);
        List<Attack> out = new ArrayList<>();
        for (Contract.Op op : contract.operations) {
            var next = generator.attacks(op);
            for (int i = 0; i < perOperation; i++) {
                out.add(next.apply(random));
            }
        }
        return out;
    }

    @Test
    void theSameSeedReplaysTheSameRequests() throws Exception {
        for (Contract contract : contracts()) {
            List<String> first = draw(contract, 42, 3).stream().map(Attack::describe).toList();
            List<String> second = draw(contract, 42, 3).stream().map(Attack::describe).toList();
            List<String> other = draw(contract, 43, 3).stream().map(Attack::describe).toList();
            assertEquals(first, second, contract.service);
            assertNotEquals(first, other, contract.service);
        }
    }

    @Test
    void noBodilessActionOrDeleteEverGetsTheCurrentETag() throws Exception {
        for (Contract contract : contracts()) {
            for (Attack attack : draw(contract, 7, 30)) {
                if (attack.op().body() == null || attack.method().equals("DELETE")) {
                    assertNotEquals(Attack.IfMatch.CURRENT, attack.ifMatch(), attack.describe());
                }
            }
        }
    }

    @Test
    void everyUrlInABodyIsOnLoopback() throws Exception {
        int urls = 0;
        for (Contract contract : contracts()) {
            for (Attack attack : draw(contract, 11, 20)) {
                if (attack.body() == null) {
                    continue;
                }
                Matcher url = URL.matcher(new String(attack.body(), StandardCharsets.UTF_8));
                while (url.find()) {
                    urls++;
                    assertTrue(url.group(2).startsWith("127.0.0.1:"), attack.describe());
                }
            }
        }
        assertTrue(urls > 0, "the contracts' examples hold URLs, so some bodies must carry one");
    }

    @Test
    void everyCategoryOfABodyOperationIsDrawn() throws Exception {
        Contract workshop = contracts().get(2);
        Set<String> seen = new HashSet<>();
        for (Attack attack : draw(workshop, 3, 60)) {
            if (attack.op().operationId().equals("createEvent")) {
                seen.add(attack.category());
            }
        }
        assertEquals(Set.of("query-garbage", "header-garbage", "wrong-type", "missing-field", "extra-field", "boundary",
                "huge-string", "unicode", "injection", "malformed-json", "content-type", "body-shape"), seen);
    }
}
