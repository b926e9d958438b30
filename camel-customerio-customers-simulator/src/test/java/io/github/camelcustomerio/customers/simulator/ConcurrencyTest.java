package io.github.camelcustomerio.customers.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @Test
    void concurrentClientsAndMutationsGetConsistentAnswers() throws Exception {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo().withSyntheticSegment(900, 20_000, 3))
                .rateLimit(0)
                .threads(8)
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (int client = 0; client < 6; client++) {
                int id = client;
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        String path = switch (i % 5) {
                            case 0 -> "/v1/segments/7/membership";
                            case 1 -> "/v1/customers/user-17/attributes";
                            case 2 -> "/v1/segments/900/membership?limit=500";
                            case 3 -> "/v1/customers/user-17/activities";
                            default -> "/v1/segments/42/customer_count";
                        };
                        statuses.computeIfAbsent(api.get(path).status(), key -> new AtomicInteger())
                                .incrementAndGet();
                        if (i % 10 == id) {
                            statuses.computeIfAbsent(
                                            api.post("/v1/customers", "{\"filter\":{\"segment\":{\"id\":8}}}")
                                                    .status(),
                                            key -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            work.add(clients.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    simulator
                            .workspace()
                            .putPerson(Person.builder("c-" + i)
                                    .attribute("plan", i % 2 == 0 ? "pro" : "basic")
                                    .build());
                    simulator.workspace().addToSegment(42, "c-" + i);
                    simulator.workspace().addActivity("user-17", Activity.event("tick-" + i));
                    if (i % 3 == 0) {
                        simulator.workspace().deletePerson("c-" + (i / 2));
                    }
                    simulator.workspace().growSyntheticSegment(900, 20_000 + i);
                }
                return null;
            }));
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();

            assertThat(statuses.keySet()).containsOnly(200);
            assertThat(simulator.workspace().activitiesOf("user-17")).hasSize(307);
            assertThat(simulator.requestCount()).isGreaterThanOrEqualTo(900);
        }
    }
}
