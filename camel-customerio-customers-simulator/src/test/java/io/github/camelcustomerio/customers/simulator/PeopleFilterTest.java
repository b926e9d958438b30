package io.github.camelcustomerio.customers.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.filter.InvalidFilterException;
import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleFilterTest {

    private Workspace workspace;

    @BeforeEach
    void seed() {
        workspace = new Workspace();
        workspace.putPerson(Person.builder("p1")
                .email("p1@x.test")
                .attribute("plan", "pro")
                .attribute("country", "fr")
                .build());
        workspace.putPerson(Person.builder("p2")
                .email("p2@x.test")
                .attribute("plan", "basic")
                .attribute("country", "fr")
                .build());
        workspace.putPerson(
                Person.builder("p3").email("p3@x.test").attribute("plan", "pro").build());
        workspace.putPerson(Person.builder("p4")
                .attribute("plan", "enterprise")
                .attribute("seats", "12")
                .build());
        workspace.putSegment(Segment.builder(1, "manual").build());
        workspace.addToSegment(1, "p1");
        workspace.addToSegment(1, "p4");
        workspace.putSegment(Segment.builder(2, "pro")
                .dynamic(PeopleFilter.attributeEquals("plan", "pro"))
                .build());
        workspace.putSegment(Segment.builder(3, "pro, not manual")
                .dynamic(PeopleFilter.and(PeopleFilter.inSegment(2), PeopleFilter.not(PeopleFilter.inSegment(1))))
                .build());
        workspace.putSegment(
                Segment.builder(4, "cycle").dynamic(PeopleFilter.inSegment(4)).build());
    }

    @Test
    void attributeEqualityAndExistence() {
        assertThat(search("{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}"))
                .containsExactly("p1", "p3");
        assertThat(search("{\"attribute\":{\"field\":\"country\",\"operator\":\"exists\"}}"))
                .containsExactly("p1", "p2");
        assertThat(search("{\"attribute\":{\"field\":\"email\",\"operator\":\"exists\"}}"))
                .containsExactly("p1", "p2", "p3");
        assertThat(search("{\"attribute\":{\"field\":\"id\",\"operator\":\"eq\",\"value\":\"p2\"}}"))
                .containsExactly("p2");
        assertThat(search("{\"attribute\":{\"field\":\"seats\",\"operator\":\"eq\",\"value\":12}}"))
                .containsExactly("p4");
        assertThat(search("{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"PRO\"}}"))
                .isEmpty();
    }

    @Test
    void combinators() {
        assertThat(search("{\"and\":[{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}},"
                        + "{\"attribute\":{\"field\":\"country\",\"operator\":\"exists\"}}]}"))
                .containsExactly("p1");
        assertThat(search("{\"or\":[{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"basic\"}},"
                        + "{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"enterprise\"}}]}"))
                .containsExactly("p2", "p4");
        assertThat(search("{\"not\":{\"attribute\":{\"field\":\"country\",\"operator\":\"exists\"}}}"))
                .containsExactly("p3", "p4");
    }

    @Test
    void nestedNotInsideAndAndOr() {
        assertThat(search("{\"and\":[{\"attribute\":{\"field\":\"email\",\"operator\":\"exists\"}},"
                        + "{\"not\":{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}}]}"))
                .containsExactly("p2");
        assertThat(
                        search(
                                "{\"or\":[{\"segment\":{\"id\":1}},{\"not\":{\"or\":[{\"attribute\":{\"field\":\"plan\","
                                        + "\"operator\":\"eq\",\"value\":\"pro\"}},{\"attribute\":{\"field\":\"country\",\"operator\":\"exists\"}}]}}]}"))
                .containsExactly("p1", "p4");
        assertThat(search("{\"not\":{\"and\":[{\"segment\":{\"id\":2}},{\"not\":{\"segment\":{\"id\":1}}}]}}"))
                .containsExactly("p1", "p2", "p4");
    }

    @Test
    void theBareNotBodyAtTopLevelReadsAsTheConditionItHolds() {
        // The specification's top-level "not" branch is the not-body without a wrapper: structurally it is the
        // and/or/segment/attribute branch, so it can only be read as that condition.
        assertThat(search("{\"and\":[{\"segment\":{\"id\":2}}]}")).containsExactly("p1", "p3");
        assertThat(search("{\"segment\":{\"id\":1}}")).containsExactly("p1", "p4");
    }

    @Test
    void segmentConditionsUseManualDynamicAndNestedSegments() {
        assertThat(search("{\"segment\":{\"id\":1}}")).containsExactly("p1", "p4");
        assertThat(search("{\"segment\":{\"id\":2}}")).containsExactly("p1", "p3");
        assertThat(search("{\"segment\":{\"id\":3}}")).containsExactly("p3");
        assertThat(search("{\"segment\":{\"id\":\"3\"}}")).containsExactly("p3");
        assertThat(search("{\"segment\":{\"id\":4}}")).isEmpty();
        assertThat(search("{\"segment\":{\"id\":404}}")).isEmpty();
        assertThat(workspace.segmentMemberCount(3)).isEqualTo(1);
        assertThat(workspace.segmentMemberCount(4)).isZero();
    }

    @Test
    void filtersAreEvaluatedLive() {
        workspace.setPersonAttribute("p2", "plan", "pro");
        assertThat(search("{\"segment\":{\"id\":3}}")).containsExactly("p2", "p3");
        workspace.deletePerson("p3");
        assertThat(search("{\"segment\":{\"id\":3}}")).containsExactly("p2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[]                                                                         | /filter",
                "\"plan\"                                                                   | /filter",
                "{}                                                                         | /filter",
                "{\"and\":[],\"or\":[]}                                                     | /filter",
                "{\"where\":{}}                                                             | /filter/where",
                "{\"and\":[]}                                                               | /filter/and",
                "{\"and\":{}}                                                               | /filter/and",
                "{\"or\":[{\"attribute\":{\"field\":\"plan\",\"operator\":\"gt\",\"value\":\"1\"}}]} | /filter/or/0/attribute/operator",
                "{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\"}}                    | /filter/attribute/value",
                "{\"attribute\":{\"operator\":\"exists\"}}                                   | /filter/attribute/field",
                "{\"attribute\":{\"field\":\"plan\"}}                                        | /filter/attribute/operator",
                "{\"segment\":{}}                                                           | /filter/segment/id",
                "{\"segment\":{\"id\":\"seven\"}}                                           | /filter/segment/id",
                "{\"not\":{\"and\":[{\"segment\":{\"id\":1}},{\"nope\":1}]}}                | /filter/not/and/1/nope",
                "{\"and\":[{\"attribute\":{\"field\":\"a\",\"operator\":\"eq\",\"value\":{}}}]} | /filter/and/0/attribute/value",
            })
    void badFiltersAreRejectedWithAPointer(String filter, String pointer) {
        assertThatThrownBy(() -> PeopleFilter.parse(filter))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.pointer()).isEqualTo(pointer));

        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(0).build().start()) {
            ApiClient.Reply reply = ApiClient.of(simulator).post("/v1/customers", "{\"filter\":" + filter + "}");
            assertThat(reply.status()).isEqualTo(400);
            JsonNode error = reply.json().get("errors").get(0);
            JsonShape.of(error, "error")
                    .string("status", "detail", "code")
                    .object("source")
                    .andNothingElse();
            assertThat(error.get("status").asText()).isEqualTo("400");
            assertThat(error.get("code").asText()).isEqualTo("invalid_param");
            assertThat(error.at("/source/pointer").asText()).isEqualTo(pointer);
        }
    }

    @Test
    void dynamicSegmentsCreatedFromTestsWork() {
        Segment created = workspace.createDynamicSegment(
                "French",
                "",
                PeopleFilter.parse("{\"attribute\":{\"field\":\"country\",\"operator\":\"eq\",\"value\":\"fr\"}}"));
        assertThat(created.id()).isEqualTo(5);
        assertThat(workspace.segmentMemberCount(5)).isEqualTo(2);
        assertThat(workspace.isMember(5, "p2")).isTrue();
    }

    private List<String> search(String filter) {
        return workspace.searchPeople(PeopleFilter.parse(filter), null, 1000).items().stream()
                .map(Person::id)
                .toList();
    }
}
