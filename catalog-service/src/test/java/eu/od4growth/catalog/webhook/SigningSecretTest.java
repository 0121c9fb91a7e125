package eu.od4growth.catalog.webhook;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.webhook.model.SigningSecret;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets and signatures as the Standard Webhooks specification defines them, checked with the spec's test vector. */
class SigningSecretTest {

    @Test
    void signsTheSpecificationsTestVector() {
        assertThat(SigningSecret.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecAndTheBase64Of32RandomBytes() {
        String secret = SigningSecret.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(SigningSecret.generate()).isNotEqualTo(secret);
    }
}
