package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private final Dataset dataset = new Dataset();
    private final Idempotency idempotency = dataset.idempotency();
    private final AtomicInteger runs = new AtomicInteger();

    private Idempotency.Answer run(int status) {
        runs.incrementAndGet();
        return new Idempotency.Answer(
                status, "application/json", ("{\"run\":" + runs.get() + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static Idempotency.Request request(String body) {
        return new Idempotency.Request("POST", "/v1/customers", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRepeatGetsTheStoredAnswerWithoutRunning() {
        Idempotency.Answer first = idempotency.answer("k", request("{}"), () -> run(200));
        Idempotency.Answer again = idempotency.answer("k", request("{}"), () -> run(200));

        assertThat(runs).hasValue(1);
        assertThat(again).isSameAs(first);
    }

    @Test
    void aRefusalIsKeptToo() {
        idempotency.answer("k", request("{}"), () -> run(422));
        idempotency.answer("k", request("{}"), () -> run(200));

        assertThat(runs).hasValue(1);
    }

    @Test
    void aServerErrorIsNeverKept() {
        idempotency.answer("k", request("{}"), () -> run(503));
        Idempotency.Answer retried = idempotency.answer("k", request("{}"), () -> run(200));

        assertThat(runs).hasValue(2);
        assertThat(retried.status()).isEqualTo(200);
    }

    @Test
    void anotherRequestWithTheKeyIsRefused() {
        idempotency.answer("k", request("{\"a\":1}"), () -> run(200));

        assertThatThrownBy(() -> idempotency.answer("k", request("{\"a\":2}"), () -> run(200)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.type()).isEqualTo(Idempotency.TYPE)));
        assertThatThrownBy(() -> idempotency.answer(
                        "k",
                        new Idempotency.Request("PATCH", "/v1/customers", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                        () -> run(200)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aKeyExpiresAfter24HoursOfTheClock() {
        idempotency.answer("k", request("{\"a\":1}"), () -> run(200));
        dataset.clock.advance("PT23H59M59S");
        idempotency.answer("k", request("{\"a\":1}"), () -> run(200));
        assertThat(runs).hasValue(1);

        dataset.clock.advance("PT1S");
        idempotency.answer("k", request("{\"a\":2}"), () -> run(200));

        assertThat(runs).hasValue(2);
    }

    @Test
    void aResetForgetsTheKeys() {
        idempotency.answer("k", request("{}"), () -> run(200));
        dataset.clear();
        idempotency.answer("k", request("{}"), () -> run(200));

        assertThat(runs).hasValue(2);
    }
}
