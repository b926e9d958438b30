package io.github.camelcustomerio.customers.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The segment export writes one CSV row per member of the segment, whatever the number of pages. */
class SegmentExportTest extends ExampleTestSupport {

    private static final int LARGE_SEGMENT = 900;
    private static final int LARGE_SEGMENT_SIZE = 2_500;

    @Override
    protected Dataset dataset() {
        return Dataset.demo().withSyntheticSegment(LARGE_SEGMENT, LARGE_SEGMENT_SIZE, 42);
    }

    @Test
    void rowsAreTheSegmentsMembers() throws Exception {
        Path file = export(7);

        List<String> expected = workspace().people().stream()
                .filter(person -> person.id() != null)
                .filter(person -> workspace().isMember(7, person.id()))
                .map(SegmentExportTest::row)
                .toList();
        assertThat(expected).as("the demo's Pro plan segment").hasSize(3);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("id,email,cio_id");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readString(file)).as("RFC 4180 line ends").contains("id,email,cio_id\r\nuser-");
        assertThat(printed()).contains("3 members of segment 7 written to " + file);
    }

    @Test
    void aSegmentOfManyPagesIsExportedWholeFetchingEachPageOnceWithProgressInTheLog() throws Exception {
        Path file;
        try (LogCapture progress = LogCapture.of("io.github.camelcustomerio.customers.example.segment-export")) {
            file = export(LARGE_SEGMENT, 1000);

            assertThat(progress.messages())
                    .as("a line every 1000 rows")
                    .hasSize(2)
                    .anySatisfy(line -> assertThat(line).startsWith("Received: 1000 messages so far"))
                    .anySatisfy(line -> assertThat(line).startsWith("Received: 2000 messages so far"));
        }

        List<String> expected = LongStream.range(0, LARGE_SEGMENT_SIZE)
                .mapToObj(index -> row(workspace().syntheticPerson(LARGE_SEGMENT, index)))
                .toList();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
        assertThat(calls())
                .filteredOn(call -> call.endsWith("/membership"))
                .as("pages of 1000")
                .containsExactly(
                        "GET /v1/segments/900/membership",
                        "GET /v1/segments/900/membership",
                        "GET /v1/segments/900/membership");
        assertThat(printed()).contains(LARGE_SEGMENT_SIZE + " members of segment 900 written to " + file);
    }

    @Test
    void withoutALimitTheExportAsksForTheLargestPage() throws Exception {
        Path file = export(LARGE_SEGMENT);

        assertThat(Files.readAllLines(file)).hasSize(LARGE_SEGMENT_SIZE + 1);
        assertThat(simulator.requests())
                .filteredOn(request -> request.path().endsWith("/membership"))
                .extracting(RecordedRequest::rawQuery)
                .as("one page of up to 30000 members")
                .containsExactly("limit=30000");
    }

    @Test
    void anEmptySegmentGivesTheHeaderAlone() throws Exception {
        int empty = workspace().createManualSegment("Nobody yet", "").id();

        Path file = export(empty);

        assertThat(Files.readAllLines(file)).containsExactly("id,email,cio_id");
        assertThat(printed()).contains("0 members of segment " + empty + " written to " + file);
    }

    @Test
    void cellsWithCommasOrQuotesAreQuoted() throws Exception {
        int segment = workspace().createManualSegment("Odd ids", "").id();
        workspace()
                .putPerson(
                        Person.builder("acme, \"the\" company").cioId("c0dd1d").build());
        workspace().addToSegment(segment, "acme, \"the\" company");

        Path file = export(segment);

        assertThat(Files.readAllLines(file))
                .containsExactly("id,email,cio_id", "\"acme, \"\"the\"\" company\",,c0dd1d");
    }

    @Test
    void anExistingExportIsReplaced() throws Exception {
        export(7);
        Path file = export(7);

        assertThat(Files.readAllLines(file)).hasSize(1 + 3);
    }

    private Path export(int segmentId) {
        return checked(segmentId, template.requestBody("direct:segment-export", segmentId, String.class));
    }

    /** Exports with the page size set by the caller's header, as a route before the export could. */
    private Path export(int segmentId, int pageSize) {
        return checked(
                segmentId,
                template.requestBodyAndHeader(
                        "direct:segment-export", segmentId, "CamelCustomerioCustomersLimit", pageSize, String.class));
    }

    private Path checked(int segmentId, String answer) {
        Path file = Path.of(answer);
        assertThat(file).hasParent(exportFolder).hasFileName("segment-" + segmentId + ".csv");
        return file;
    }

    private static String row(Person person) {
        return person.id() + "," + (person.email() == null ? "" : person.email()) + "," + person.cioId();
    }
}
