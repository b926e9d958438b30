package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelets shipped in the component jar under kamelets/, found by Camel's Kamelet component at its default
 * location (classpath:kamelets) and run against the simulator.
 */
class KameletTest extends SimulatorTestSupport {

    private static final String SOURCE = "customerio-customers-source";
    private static final String ACTION = "customerio-customers-action";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo());
    }

    /** Runs before the simulator stops, so that no poll is left waiting for an answer that will never come. */
    @AfterEach
    void stopPolling() {
        context.stop();
    }

    @Test
    void theSourceStreamsTheMembersOfASegmentAsJson() throws Exception {
        MockEndpoint members = route(SOURCE, "segmentId=7");
        members.expectedMinimumMessageCount(3);

        members.assertIsSatisfied(context, 10, TimeUnit.SECONDS);

        List<String> expected = workspace().people().stream()
                .filter(person -> person.id() != null)
                .filter(person -> workspace().isMember(7, person.id()))
                .map(Person::id)
                .toList();
        List<JsonNode> firstWalk = bodies(members).subList(0, expected.size());
        assertThat(firstWalk)
                .extracting(member -> member.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(firstWalk)
                .allSatisfy(member ->
                        assertThat(member.has("email") && member.has("cio_id")).isTrue());
        assertThat(members.getReceivedExchanges().get(0).getMessage().getHeader("Content-Type"))
                .isEqualTo("application/json");
    }

    @Test
    void theSourceHandsEachNewActivityOfAPersonOnce() throws Exception {
        MockEndpoint activities = route(SOURCE, "operation=getPersonActivities&customerId=user-17&delay=20");
        // the first walk only learns where the history ends; a second poll means it is over
        awaitPolls("/v1/customers/user-17/activities", 2);
        long second = workspace().now();
        workspace().addActivity("user-17", Activity.event("signed_up").at(second + 1));
        workspace().addActivity("user-17", Activity.event("upgraded").at(second + 2));

        await().atMost(Duration.ofSeconds(10)).until(() -> activities.getReceivedCounter() >= 2);
        awaitPolls("/v1/customers/user-17/activities", polls("/v1/customers/user-17/activities") + 3);

        assertThat(bodies(activities))
                .extracting(activity -> activity.path("name").asText())
                .containsExactlyInAnyOrder("signed_up", "upgraded");
    }

    @Test
    void theSourceInModeChangesHandsWhoJoinedAndWhoLeft() throws Exception {
        MockEndpoint changes = route(SOURCE, "segmentId=42&mode=changes&delay=20");
        awaitPolls("/v1/segments/42/membership", 2);

        workspace().addToSegment(42, "user-18");
        workspace().removeFromSegment(42, "user-21");

        await().atMost(Duration.ofSeconds(10)).until(() -> changes.getReceivedCounter() >= 2);
        assertThat(changes.getReceivedExchanges())
                .extracting(exchange -> exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE) + " "
                        + json.readTree(exchange.getMessage().getBody(String.class))
                                .path("id")
                                .asText())
                .containsExactlyInAnyOrder("joined user-18", "left user-21");
    }

    @Test
    void theActionTakesOneParameterFromAPropertyAndAnotherFromAHeader() throws Exception {
        String answer = template.requestBodyAndHeader(
                actionUri("getPersonAttributes", "idType=email"),
                null,
                CustomerIoCustomersConstants.CUSTOMER_ID,
                "ana@acme.test",
                String.class);

        assertThat(json.readTree(answer).at("/customer/attributes/first_name").asText())
                .isEqualTo("Ana");
        assertThat(requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/customers/ana@acme.test/attributes");
            assertThat(request.query()).containsEntry("id_type", "email");
        });
    }

    @Test
    void aHeaderWinsOverTheSameProperty() throws Exception {
        String answer = template.requestBodyAndHeader(
                actionUri("getSegment", "segmentId=7"),
                null,
                CustomerIoCustomersConstants.SEGMENT_ID,
                42,
                String.class);

        assertThat(json.readTree(answer).at("/segment/name").asText()).isEqualTo("VIP beta testers");
    }

    @Test
    void theIncomingBodyIsTheCallsBodyParameter() throws Exception {
        byte[] segment = "{\"name\":\"Made by a Kamelet\"}".getBytes(StandardCharsets.UTF_8);

        Exchange reply = template.request(
                actionUri("createManSegment", ""),
                exchange -> exchange.getMessage().setBody(segment));

        int id = json.readTree(reply.getMessage().getBody(String.class))
                .at("/segment/id")
                .asInt();
        assertThat(workspace().segment(id)).map(Segment::name).contains("Made by a Kamelet");
        assertThat(reply.getMessage().getHeader("Content-Type")).isEqualTo("application/json");
    }

    /** The route of the documentation's Kamelets section, as written there, polling faster. */
    @Test
    void theDocumentedRouteLooksUpWhoJoinsTheSegment() throws Exception {
        for (String kamelet : List.of(SOURCE, ACTION)) {
            String prefix = "camel.kamelet." + kamelet + ".";
            context.getPropertiesComponent().addInitialProperty(prefix + "apiKey", simulator.apiKey());
            context.getPropertiesComponent().addInitialProperty(prefix + "baseUrl", simulator.baseUrl());
        }
        String documented = documentedYaml("id: new-pro-members");
        // a mock after the route's last step (its log), at the same indentation
        String route = documented
                .replace("delay: 60000", "delay: 20")
                .replaceFirst("(?m)^( *)(- log: .*)$", "$1$2\n$1- to: mock:joined");
        assertThat(route).contains("delay: 20", "- to: mock:joined");
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.fromString("new-pro-members.camel.yaml", route));
        MockEndpoint joined = getMockEndpoint("mock:joined");
        awaitPolls("/v1/segments/7/membership", 2);

        workspace().setPersonAttribute("user-20", "plan", "pro");
        workspace().setPersonAttribute("user-18", "plan", "basic");

        await().atMost(Duration.ofSeconds(10)).until(() -> joined.getReceivedCounter() >= 1);
        awaitPolls("/v1/segments/7/membership", polls("/v1/segments/7/membership") + 2);
        assertThat(bodies(joined))
                .singleElement()
                .satisfies(
                        answer -> assertThat(answer.at("/customer/id").asText()).isEqualTo("user-20"));
    }

    /**
     * The documentation's Pipe, with its key as a property placeholder: the Pipe hands its properties to the Kamelet
     * percent-encoded, and the placeholder must still be resolved, not sent as {@code Bearer %7B%7B...}.
     */
    @Test
    void theDocumentedPipeResolvesThePlaceholdersOfItsProperties() throws Exception {
        context.getPropertiesComponent().addInitialProperty("customerio.api-key", simulator.apiKey());
        context.getPropertiesComponent().addInitialProperty("customerio.base-url", simulator.baseUrl());
        String documented = documentedYaml("kind: Pipe");
        String pipe = documented
                .replace("mode: changes", "mode: changes\n      delay: 20\n      baseUrl: \"{{customerio.base-url}}\"")
                .replace("uri: log:pro-plan-changes", "uri: mock:changes");
        assertThat(pipe).contains("apiKey: \"{{customerio.api-key}}\"", "delay: 20", "uri: mock:changes");
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("pro-plan-changes.yaml", pipe));
        MockEndpoint changes = getMockEndpoint("mock:changes");
        awaitPolls("/v1/segments/7/membership", 2);

        workspace().setPersonAttribute("user-20", "plan", "pro");

        await().atMost(Duration.ofSeconds(10)).until(() -> changes.getReceivedCounter() >= 1);
        assertThat(bodies(changes))
                .singleElement()
                .satisfies(member -> assertThat(member.path("id").asText()).isEqualTo("user-20"));
        assertThat(requests())
                .extracting(request -> request.headers().get("Authorization"))
                .containsOnly(List.of("Bearer " + simulator.apiKey()));
    }

    @ParameterizedTest
    @ValueSource(strings = {SOURCE, ACTION})
    void theKameletFollowsTheCatalogConventions(String name) throws IOException {
        Map<String, Object> kamelet = kamelet(name);
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        Map<String, Object> spec = map(kamelet.get("spec"));
        Map<String, Object> definition = map(spec.get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        assertThat(metadata).containsEntry("name", name);
        assertThat(map(metadata.get("labels")))
                .containsEntry("camel.apache.org/kamelet.type", name.substring(name.lastIndexOf('-') + 1));
        assertThat(map(metadata.get("annotations")))
                .containsKeys(
                        "camel.apache.org/kamelet.support.level",
                        "camel.apache.org/catalog.version",
                        "camel.apache.org/kamelet.icon",
                        "camel.apache.org/provider",
                        "camel.apache.org/kamelet.group");
        assertThat(definition).containsKeys("title", "description", "required", "type");
        assertThat(properties)
                .containsKeys((String[]) list(definition.get("required")).toArray(String[]::new));
        properties.values().forEach(property -> assertThat(map(property)).containsKeys("title", "description", "type"));
        assertThat(map(properties.get("apiKey")))
                .containsEntry("format", "password")
                .containsEntry("x-descriptors", List.of("urn:camel:group:credentials"));
        assertThat(list(spec.get("dependencies")))
                .contains(
                        "camel:kamelet",
                        "mvn:io.github.camelcustomerio:camel-customerio-customers:" + componentVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {SOURCE, ACTION})
    void everyPropertyIsUsedByTheTemplateAndIsAnOptionOfTheEndpoint(String name) throws IOException {
        Map<String, Object> spec = map(kamelet(name).get("spec"));
        Set<String> properties =
                map(map(spec.get("definition")).get("properties")).keySet();
        Set<String> used = new HashSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(String.valueOf(spec.get("template")));
        while (placeholders.find()) {
            used.add(placeholders.group(1));
        }
        JsonNode endpointOptions = descriptor().get("properties");

        assertThat(used).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(properties)
                .allSatisfy(property -> assertThat(endpointOptions.has(property))
                        .as("%s is an endpoint option of customerio-customers", property)
                        .isTrue());
    }

    private MockEndpoint route(String kamelet, String parameters) throws Exception {
        String uri = "kamelet:" + kamelet + "?apiKey=" + simulator.apiKey() + "&baseUrl=" + simulator.baseUrl() + "&"
                + parameters;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("from-kamelet").to("mock:out");
            }
        });
        return getMockEndpoint("mock:out");
    }

    private String actionUri(String operation, String parameters) {
        return "kamelet:" + ACTION + "?operation=" + operation + "&apiKey=" + simulator.apiKey() + "&baseUrl="
                + simulator.baseUrl() + (parameters.isEmpty() ? "" : "&" + parameters);
    }

    private List<JsonNode> bodies(MockEndpoint mock) throws IOException {
        List<JsonNode> bodies = new ArrayList<>();
        for (Exchange exchange : mock.getReceivedExchanges()) {
            bodies.add(json.readTree(exchange.getMessage().getBody(String.class)));
        }
        return bodies;
    }

    private long polls(String path) {
        return requests().stream()
                .map(RecordedRequest::path)
                .filter(path::equals)
                .count();
    }

    private void awaitPolls(String path, long count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> polls(path) >= count);
    }

    /** The YAML block of the documentation's Kamelets section that holds {@code marker}. */
    private static String documentedYaml(String marker) throws IOException {
        String doc = Files.readString(DocumentationTest.DOC);
        String section = doc.substring(doc.indexOf("\n== Kamelets\n"), doc.indexOf("\n== Troubleshooting\n"));
        for (String block : section.split("\\[source,yaml]\n----\n")) {
            String yaml = block.substring(0, Math.max(0, block.indexOf("\n----\n") + 1));
            if (yaml.contains(marker)) {
                return yaml;
            }
        }
        throw new AssertionError(
                "no YAML block with '" + marker + "' in the Kamelets section of " + DocumentationTest.DOC);
    }

    private static Map<String, Object> kamelet(String name) throws IOException {
        try (InputStream in = KameletTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/%s.kamelet.yaml on the classpath", name).isNotNull();
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    private static JsonNode descriptor() throws IOException {
        try (InputStream in = KameletTest.class.getResourceAsStream(DocumentationTest.DESCRIPTOR)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String componentVersion() throws IOException {
        try (InputStream in = CustomerIoCustomersComponent.class.getResourceAsStream("version.properties")) {
            Properties version = new Properties();
            version.load(in);
            return version.getProperty("version");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
