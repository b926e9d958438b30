package io.github.camelcustomerio.customers.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryStateRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void entriesSurviveANewInstanceAndAreReplacedWhole() {
        DirectoryStateRepository first = started(folder);
        first.setState("customerio-customers.getSegmentMembership.changes.0a1b", "{\"cursor\":\"x\"}");
        first.setState("customerio-customers.getSegmentMembership.changes.0a1b", "{\"cursor\":\"y\"}");
        first.setState("k.a.0", "1234abcd:AAAA");

        DirectoryStateRepository second = started(folder);

        assertThat(second.getState("customerio-customers.getSegmentMembership.changes.0a1b"))
                .isEqualTo("{\"cursor\":\"y\"}");
        assertThat(second.getState("k.a.0")).isEqualTo("1234abcd:AAAA");
        assertThat(second.getState("never-set")).isNull();
        assertThat(files())
                .as("one file per entry, no temporary file left")
                .containsExactlyInAnyOrder("customerio-customers.getSegmentMembership.changes.0a1b", "k.a.0");
    }

    @Test
    void anyKeyMapsToOneSafeFileName() {
        DirectoryStateRepository repository = started(folder);
        List<String> keys = List.of("a/../../etc/passwd", ".", "..", "", "é clé", "%41", "A", ".tmp-x", "a\nb");
        for (String key : keys) {
            repository.setState(key, "value of " + key);
        }
        for (String key : keys) {
            assertThat(repository.getState(key)).isEqualTo("value of " + key);
        }
        assertThat(files())
                .hasSize(keys.size())
                .allSatisfy(name ->
                        assertThat(name).doesNotContain("/").isNotIn(".", "..").doesNotStartWith(".tmp-"));
        assertThat(DirectoryStateRepository.fileName("a/../b")).isEqualTo("a%2F..%2Fb");
    }

    @Test
    void leftOversOfACrashedWriteAreRemovedAtStart() throws IOException {
        Files.writeString(folder.resolve(".tmp-crashed"), "half a val");
        Files.setLastModifiedTime(
                folder.resolve(".tmp-crashed"), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(folder.resolve(".tmp-in-flight"), "another node is writing");

        started(folder);

        assertThat(files()).containsExactly(".tmp-in-flight");
    }

    @Test
    void needsADirectory() {
        assertThatThrownBy(() -> new DirectoryStateRepository().start())
                .hasMessageContaining("DirectoryStateRepository needs a directory");
    }

    private static DirectoryStateRepository started(Path directory) {
        DirectoryStateRepository repository = new DirectoryStateRepository();
        repository.setDirectoryName(directory.toString());
        repository.start();
        return repository;
    }

    private List<String> files() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
