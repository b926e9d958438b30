package io.github.camelcustomerio.customers.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A route's Map or List body becomes exactly the tree Jackson's own conversion gives, node types included. */
class PlainTreesTest {

    @Test
    void plainValuesGiveJacksonsTreeNodeForNode() throws Exception {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put(
                "and",
                List.of(
                        Map.of("segment", Map.of("id", 7)),
                        Map.of("attribute", Map.of("field", "plan", "operator", "eq", "value", "pro"))));
        filter.put("big", 12_345_678_901L);
        filter.put("ratio", 0.25);
        filter.put("active", true);
        filter.put("nothing", null);
        filter.put("empty", Map.of());
        filter.put("list", Arrays.asList(1, "two", null, false, List.of()));
        ObjectNode tree = Json.mapper().createObjectNode().put("inner", 1);
        filter.put("tree", tree);

        JsonNode plain = PlainTrees.of(Map.of("filter", filter), Json.mapper().getNodeFactory());

        JsonNode jackson = Json.mapper().valueToTree(Map.of("filter", filter));
        assertThat(plain).isEqualTo(jackson);
        assertThat(Json.tree(Map.of("filter", filter))).isEqualTo(jackson);
        assertThat(plain.at("/filter/big").isLong()).isTrue();
        assertThat(plain.at("/filter/and/0/segment/id").isInt()).isTrue();
        assertThat(plain.at("/filter/ratio").isDouble()).isTrue();
        assertThat(Json.mapper().writeValueAsString(plain))
                .isEqualTo(Json.mapper().writeValueAsString(jackson));
        // member order is the Map's
        assertThat(plain.get("filter").fieldNames()).toIterable().containsExactlyElementsOf(filter.keySet());
        // a tree inside is copied: what the request does with it never reaches the route's own tree
        ((ObjectNode) plain.at("/filter/tree")).put("inner", 2);
        assertThat(tree.get("inner").asInt()).isEqualTo(1);
    }

    @Test
    void anythingElseIsLeftToJackson() throws Exception {
        Map<Object, Object> numberKeys = new HashMap<>(Map.of(1, "one"));
        Map<String, Object> otherNumbers = Map.of("price", new BigDecimal("10.50"), "small", (short) 3, "f", 1.5f);
        Map<String, Object> pojo = Map.of("person", new Person("ada", 36));

        for (Object value : List.of(numberKeys, otherNumbers, pojo, new Person("bob", 7))) {
            assertThat(PlainTrees.of(value, Json.mapper().getNodeFactory())).isNull();
            assertThat(Json.tree(value)).isEqualTo(Json.mapper().valueToTree(value));
        }
    }

    @Test
    void aMapThatContainsItselfIsLeftToJackson() {
        Map<String, Object> loop = new HashMap<>();
        List<Object> list = new ArrayList<>();
        list.add(loop);
        loop.put("again", list);

        // no endless descent here: past a depth of 100 the conversion is Jackson's, whatever Jackson does with it
        assertThat(PlainTrees.of(loop, Json.mapper().getNodeFactory())).isNull();
    }

    /** A POJO, which only Jackson knows how to convert. */
    public record Person(String name, int age) {}
}
