package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {
    /**
     * The specification's own example: standard-webhooks/standard-webhooks, libraries/go/webhook_test.go,
     * TestWebhookSign (the same vector is in every one of its reference libraries' tests).
     */
    @Test
    void signsTheSpecificationsExampleExactly() {
        byte[] key = StandardWebhooks.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", StandardWebhooks.sign(key,
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesASecretNotInTheSpecificationsFormWithoutEchoingIt() {
        String tooShort = "whsec_" + Base64.getEncoder().encodeToString(new byte[16]);
        for (String secret : new String[] {"s3cret-ключ", "whsec_not base64!", tooShort}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.key(secret));
            assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.key(tooShort)).getMessage()
                .contains("is 16 bytes; Standard Webhooks needs 24 to 64"));
    }
}
