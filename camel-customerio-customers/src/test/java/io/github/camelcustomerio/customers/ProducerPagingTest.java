package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** paginate=true answers a lazy Iterator over every page; id lists longer than 100 are sent in batches. */
class ProducerPagingTest extends SimulatorTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void paginateFetchesTheNextPageOnlyWhenTheLastIsConsumed() {
        int segment = manualSegmentOf(25);

        Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?paginate=true&limit=10&segmentId=" + segment,
                null,
                Iterator.class);

        assertThat(requests())
                .as("nothing fetched before the first item is asked for")
                .isEmpty();
        List<Object> firstTen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            firstTen.add(members.next().get("id"));
        }
        assertThat(requests()).as("one page for the first ten items").hasSize(1);
        assertThat(firstTen).containsExactlyElementsOf(ConsumerTest.users(1, 10));
        members.next();
        assertThat(requests()).hasSize(2);
        List<Object> rest = new ArrayList<>();
        members.forEachRemaining(item -> rest.add(item.get("id")));
        assertThat(rest).containsExactlyElementsOf(ConsumerTest.users(12, 25));
        assertThat(requests())
                .extracting(RecordedRequest::rawQuery)
                .hasSize(3)
                .first()
                .isEqualTo("limit=10");
    }

    @Test
    void paginatedSplitStreamsEveryItem() throws Exception {
        int segment = manualSegmentOf(42);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export")
                        .to("customerio-customers:getSegmentMembership?paginate=true&limit=5")
                        .split(body())
                        .streaming()
                        .to("mock:member");
            }
        });
        MockEndpoint member = getMockEndpoint("mock:member");

        template.sendBodyAndHeader("direct:export", null, CustomerIoCustomersConstants.SEGMENT_ID, segment);

        assertThat(member.getReceivedExchanges())
                .extracting(e -> e.getMessage().getBody(Map.class).get("id"))
                .containsExactlyElementsOf(ConsumerTest.users(1, 42));
        assertThat(requests()).hasSize(9);
    }

    @Test
    @SuppressWarnings("unchecked")
    void moreThanAHundredIdsAreSentInBatchesAndAnsweredInOrder() {
        IntStream.rangeClosed(1, 250).forEach(this::addPerson);
        List<String> ids = IntStream.rangeClosed(1, 250)
                .map(i -> 251 - i)
                .mapToObj(i -> "user-" + i)
                .toList();

        Map<String, Object> answer = template.requestBodyAndHeader(
                "customerio-customers:getPeopleById", ids, CustomerIoCustomersConstants.ID_TYPE, "id", Map.class);

        List<Map<String, Object>> customers = (List<Map<String, Object>>) answer.get("customers");
        assertThat(customers)
                .extracting(c -> ((Map<String, Object>) c.get("customer")).get("id"))
                .containsExactlyElementsOf(ids);
        assertThat(requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/customers/attributes");
            assertThat(request.rawQuery()).isEqualTo("id_type=id");
        });
        assertThat(requests())
                .extracting(request -> json(request.body()).get("ids").size())
                .containsExactly(100, 100, 50);
        assertThat(json(requests().get(0).body()).get("ids").get(0).asText()).isEqualTo("user-250");
        assertThat(json(requests().get(2).body()).get("ids").get(49).asText()).isEqualTo("user-1");
    }

    @Test
    void exactlyAHundredIdsIsOneRequest() {
        IntStream.rangeClosed(1, 100).forEach(this::addPerson);

        template.requestBody(
                "customerio-customers:getPeopleById",
                IntStream.rangeClosed(1, 100).mapToObj(i -> "user-" + i).toList());

        assertThat(requests()).hasSize(1);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
