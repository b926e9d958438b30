package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One endpoint's producer reads each answer into an array it keeps for the next call. Whatever the lengths of the
 * answers before, and however many threads call at once, every call gets exactly its own answer, as a Map and as
 * raw JSON.
 */
class ConsecutiveAnswersTest extends WireMockTestSupport {

    private static final String ENDPOINT = "customerio-customers:getSegment";
    private static final String RAW_ENDPOINT = "customerio-customers:getSegment?rawJson=true";

    /** The answer for a segment whose name is {@code length} letters long. */
    private static String segment(int id, int length) {
        return "{\"segment\":{\"id\":" + id + ",\"name\":\""
                + "abcdefghij".repeat(length / 10 + 1).substring(0, length) + "\",\"type\":\"manual\"}}";
    }

    private static void stubSegment(int id, int nameLength) {
        server.stubFor(get(urlPathEqualTo("/v1/segments/" + id)).willReturn(okJson(segment(id, nameLength))));
    }

    private Exchange callSegment(String uri, int id) {
        return call(uri, Map.of(CustomerIoCustomersConstants.SEGMENT_ID, id), null);
    }

    @Test
    void eachCallReadsItsOwnAnswerWhateverTheLengthsOfTheAnswersBefore() {
        // longer than the array a producer keeps (1 MiB), far shorter, and in between
        stubSegment(1, 1_500_000);
        stubSegment(2, 5);
        stubSegment(3, 3_000);

        for (String uri : List.of(ENDPOINT, RAW_ENDPOINT)) {
            for (int id : new int[] {3, 2, 1, 2, 3, 1, 3, 2}) {
                Exchange exchange = callSegment(uri, id);

                assertThat(exchange.getException()).isNull();
                Object body = exchange.getMessage().getBody();
                if (uri.equals(RAW_ENDPOINT)) {
                    assertThat(body).isEqualTo(segment(id, id == 1 ? 1_500_000 : id == 2 ? 5 : 3_000));
                } else {
                    assertThat(body).isEqualTo(map(segment(id, id == 1 ? 1_500_000 : id == 2 ? 5 : 3_000)));
                }
            }
        }
    }

    @Test
    void callsOnSeveralThreadsAtOnceEachGetTheirOwnAnswer() throws Exception {
        int segments = 8;
        for (int id = 1; id <= segments; id++) {
            stubSegment(id, 100 * id * id);
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<List<String>>> callers = new ArrayList<>();
            for (int thread = 0; thread < 6; thread++) {
                int first = thread;
                callers.add(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        int id = (first + i * 3) % segments + 1;
                        Exchange exchange = callSegment(ENDPOINT, id);
                        if (exchange.getException() != null
                                || !map(segment(id, 100 * id * id))
                                        .equals(exchange.getMessage().getBody())) {
                            wrong.add("segment " + id + ": " + exchange.getException());
                        }
                    }
                    return wrong;
                });
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> caller : threads.invokeAll(callers)) {
                wrong.addAll(caller.get());
            }

            assertThat(wrong).isEmpty();
            assertThat(received()).hasSize(6 * 40);
        } finally {
            threads.shutdownNow();
        }
    }
}
