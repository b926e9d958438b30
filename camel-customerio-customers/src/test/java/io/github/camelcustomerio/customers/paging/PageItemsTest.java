package io.github.camelcustomerio.customers.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.ResponseBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page's items, built from its bytes when asked for: the same items whether they are asked for in order (one parser
 * goes through the array), out of order, or again.
 */
class PageItemsTest {

    private static final String PAGE = "{\"ids\":[\"a\",\"b\"],\"identifiers\":[{\"id\":\"a\",\"email\":\"a@x.test\"},"
            + " {}, {\"id\":\"b\",\"nested\":{\"k\":[1,2,{\"x\":null}]},\"email\":null}\n,{\"id\":\"c\"}],"
            + "\"next\":\"MTA=\"}";

    private static final List<Map<String, Object>> EXPECTED = new ArrayList<>();

    static {
        EXPECTED.add(Map.of("id", "a", "email", "a@x.test"));
        EXPECTED.add(Map.of());
        Map<String, Object> b = new HashMap<>();
        b.put("id", "b");
        b.put("nested", Map.of("k", List.of(1, 2, nullMember("x"))));
        b.put("email", null);
        EXPECTED.add(b);
        EXPECTED.add(Map.of("id", "c"));
    }

    @Test
    void itemsAskedForInOrderAreTheItemsOfThePage() {
        Page page = read();

        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            items.add(page.items().get(i));
        }

        assertThat(items).isEqualTo(EXPECTED);
        assertThat(page.next()).isEqualTo("MTA=");
    }

    @Test
    void itemsAskedForOutOfOrderOrAgainAreTheSame() {
        Page page = read();
        List<Map<String, Object>> items = page.items();

        assertThat(items.get(2)).isEqualTo(EXPECTED.get(2));
        assertThat(items.get(0)).isEqualTo(EXPECTED.get(0));
        assertThat(items.get(1)).isEmpty();
        assertThat(items.get(2)).isEqualTo(EXPECTED.get(2));
        assertThat(items.get(3)).isEqualTo(EXPECTED.get(3));
        assertThat(items.get(0)).isEqualTo(EXPECTED.get(0));
        assertThat(new ArrayList<>(items)).isEqualTo(EXPECTED);
    }

    @Test
    void aPageWithAnItemThatIsNotAnObjectNullIncludedIsRefusedBeforeAnyItemIsHanded() {
        for (String item : new String[] {"null", "\"c3\"", "3", "[]"}) {
            String page = "{\"identifiers\":[{\"id\":\"a\",\"cio_id\":\"c1\"}," + item + "],\"next\":\"\"}";

            assertThatThrownBy(() -> read(page))
                    .as(item)
                    .isInstanceOf(CustomerIoInvalidResponseException.class)
                    .hasMessageStartingWith("getSegmentMembership received an unreadable answer (an item of"
                            + " 'identifiers' is not a JSON object)");
        }
    }

    @Test
    void anAnswerWithoutAListOfItemsOrWithANextThatIsNotACursorIsNotAPage() {
        String[][] answers = {
            {"{}", "no 'identifiers' list"},
            {"{\"errors\":[{\"detail\":\"gateway\"}]}", "no 'identifiers' list"},
            {"{\"identifiers\":null,\"next\":\"\"}", "'identifiers' is not a list"},
            {"{\"identifiers\":{},\"next\":\"\"}", "'identifiers' is not a list"},
            {"{\"identifiers\":[],\"next\":{\"start\":\"p2\"}}", "'next' is not a cursor"}
        };
        for (String[] answer : answers) {
            assertThatThrownBy(() -> read(answer[0]))
                    .as(answer[0])
                    .isInstanceOf(CustomerIoInvalidResponseException.class)
                    .hasMessageStartingWith(
                            "getSegmentMembership received an unreadable answer (" + answer[1] + "): HTTP 200");
        }
        assertThat(read("{\"identifiers\":[],\"next\":null}").items()).isEmpty();
    }

    @Test
    void aPageWithTwoListsOfItemsIsRefusedBeforeAnyItemIsHanded() {
        String twoLists =
                "{\"identifiers\":[{\"id\":\"a\"}],\"next\":\"\",\"identifiers\":[{\"id\":\"b\"},{\"id\":\"c\"}]}";

        assertThatThrownBy(() -> read(twoLists))
                .isInstanceOf(CustomerIoInvalidResponseException.class)
                .hasMessageStartingWith("getSegmentMembership received an unreadable answer (two 'identifiers' lists)");
    }

    private static Page read() {
        return read(PAGE);
    }

    private static Page read(String page) {
        CustomerIoOperation operation = CustomerIoOperation.getSegmentMembership;
        ApiResponse response = new ApiResponse(
                200, "OK", "application/json", Map.of(), ResponseBody.of(page.getBytes(StandardCharsets.UTF_8)), 1);
        return PageReader.read(operation, response, operation.paging().orElseThrow(), null, null);
    }

    private static Map<String, Object> nullMember(String name) {
        Map<String, Object> map = new HashMap<>();
        map.put(name, null);
        return map;
    }
}
