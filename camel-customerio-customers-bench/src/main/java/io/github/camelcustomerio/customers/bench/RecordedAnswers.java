package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * The answers the per-call benchmarks are served: the simulator's own answers to the two calls measured, recorded
 * once per run, so that every client in every JMH fork reads the very same bytes.
 */
public final class RecordedAnswers {

    /** The API key the fixed-answer server expects. */
    public static final String API_KEY = "bench-key";
    /** A segment of the demo data set: a small object answer. */
    public static final int SEGMENT_ID = 7;
    /** A search matching more than a page of {@link #PEOPLE_LIMIT} people: a list answer. */
    public static final int PEOPLE_LIMIT = 50;

    public static final String SEGMENT_PATH = "/v1/segments/" + SEGMENT_ID;
    public static final String PEOPLE_PATH = "/v1/customers";
    /** The search body, as every client sends it. */
    public static final String PEOPLE_BODY =
            "{\"filter\":{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}}";

    /** Where a run keeps its recording; forks read it from this system property. */
    public static final String DIRECTORY_PROPERTY = "bench.answers";

    private RecordedAnswers() {}

    /** {@code "METHOD /path"} to answer body. */
    public static Map<String, byte[]> load() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null) {
            return recordFromSimulator();
        }
        try {
            Map<String, byte[]> answers = new LinkedHashMap<>();
            answers.put("GET " + SEGMENT_PATH, Files.readAllBytes(Path.of(directory, "getSegment.json")));
            answers.put("POST " + PEOPLE_PATH, Files.readAllBytes(Path.of(directory, "getPeopleFilter.json")));
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the answers into the directory, for the forks to {@link #load()}. */
    public static Map<String, byte[]> recordInto(Path directory) throws IOException {
        Map<String, byte[]> answers = recordFromSimulator();
        Files.createDirectories(directory);
        Files.write(directory.resolve("getSegment.json"), answers.get("GET " + SEGMENT_PATH));
        Files.write(directory.resolve("getPeopleFilter.json"), answers.get("POST " + PEOPLE_PATH));
        return answers;
    }

    private static Map<String, byte[]> recordFromSimulator() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo().with(RecordedAnswers::addProCustomers))
                .apiKey(API_KEY)
                .rateLimit(0)
                .build()
                .start()) {
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, byte[]> answers = new LinkedHashMap<>();
            answers.put(
                    "GET " + SEGMENT_PATH,
                    fetch(
                            client,
                            HttpRequest.newBuilder(URI.create(simulator.baseUrl() + SEGMENT_PATH))
                                    .GET()));
            answers.put(
                    "POST " + PEOPLE_PATH,
                    fetch(
                            client,
                            HttpRequest.newBuilder(
                                            URI.create(simulator.baseUrl() + PEOPLE_PATH + "?limit=" + PEOPLE_LIMIT))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(PEOPLE_BODY))));
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** People on the pro plan, enough for a full page of the search. */
    private static void addProCustomers(Workspace workspace) {
        for (int i = 1; i <= 2 * PEOPLE_LIMIT; i++) {
            workspace.putPerson(Person.builder(String.format("bench-%04d", i))
                    .email(String.format("customer%04d@example.com", i))
                    .cioId(String.format("b%07d", i))
                    .attribute("plan", "pro")
                    .attribute("first_name", "Customer " + i)
                    .build());
        }
    }

    private static byte[] fetch(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(
                request.header("Authorization", "Bearer " + API_KEY)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return response.body();
    }
}
