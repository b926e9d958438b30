package io.github.camelcustomerio.customers.simulator.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Channel;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentType;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetTest {

    @Test
    void theDemoDatasetMatchesTheDocumentationExamples() {
        Workspace workspace = load(Dataset.demo());

        assertThat(workspace.people())
                .extracting(Person::id)
                .containsExactly("user-17", "user-18", "user-19", "user-20", "user-21", "user-22", "user-23", null);
        Person ana = workspace.person("user-17").orElseThrow();
        assertThat(ana.email()).isEqualTo("ana@acme.test");
        assertThat(ana.cioId()).isEqualTo("a3000001");
        assertThat(ana.attributes()).containsEntry("plan", "pro");
        assertThat(ana.devices()).hasSize(1);
        assertThat(workspace.person("user-18").orElseThrow().email()).isNull();
        assertThat(workspace.findPerson(IdType.PHONE, "+14155552671"))
                .map(Person::id)
                .contains("user-19");
        assertThat(workspace.segments()).extracting(Segment::id).containsExactly(7, 8, 30, 42);
        assertThat(workspace.segment(7).orElseThrow().usedBy().campaigns()).containsExactly(12, 15);
        assertThat(workspace.segmentMemberCount(42)).isEqualTo(2);
        assertThat(workspace.objectTypes()).extracting(ObjectType::name).containsExactly("Companies", "Projects");
        assertThat(workspace.object(1, "acme-co").orElseThrow().cioObjectId()).isEqualTo("ob0a1b2c");
        assertThat(workspace.relationshipsOf("user-17")).hasSize(2);
        assertThat(workspace.activitiesOf("user-17")).hasSize(7);
        assertThat(workspace.messagesOf("user-17")).hasSize(3);
        assertThat(workspace.channels()).extracting(Channel::name).containsExactly("Email", "SMS");
        assertThat(workspace.topics()).hasSize(3);
        assertThat(workspace.preferencesHeaders()).containsKeys("en", "fr");
        assertThat(Dataset.demo().summary()).startsWith("demo (8 people, 4 segments");
    }

    @Test
    void datasetsLoadFromJsonFiles(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("small.json");
        Files.writeString(file, """
                {"people": [{"id": "a", "email": "a@x.test", "attributes": {"plan": "pro", "age": 41},
                             "activities": [{"type": "event", "name": "signup", "timestamp": 1700000000}]},
                            {"id": "b"}],
                 "segments": [{"id": 3, "name": "Pro", "type": "dynamic",
                               "filter": {"attribute": {"field": "plan", "operator": "eq", "value": "pro"}}},
                              {"id": 4, "name": "Hand-picked", "members": ["b"]}],
                 "synthetic_segments": [{"id": 5, "members": 10, "seed": 1}]}
                """);

        Workspace workspace = load(Dataset.fromJson(file));

        assertThat(workspace.person("a").orElseThrow().attributes()).containsEntry("age", "41");
        assertThat(workspace.person("b").orElseThrow().cioId()).isNotBlank();
        assertThat(workspace.segmentMemberCount(3)).isEqualTo(1);
        assertThat(workspace.isMember(4, "b")).isTrue();
        assertThat(workspace.segmentMemberCount(5)).isEqualTo(10);
        assertThat(workspace.activitiesOf("a")).extracting(Activity::name).containsExactly("signup");
        assertThat(Dataset.fromJson(file).name()).isEqualTo("small.json");
    }

    @Test
    void malformedDatasetsNameTheProblem() {
        assertThatThrownBy(() -> fromText("{\"persons\": []}"))
                .hasMessageContaining("unknown dataset section 'persons'");
        assertThatThrownBy(() -> fromText(
                        "{\"people\": [{\"id\": \"a\", \"devices\": [{\"id\": \"t\", \"platform\": \"web\"}]}]}"))
                .hasMessageContaining("people[0]")
                .hasMessageContaining("ios or android");
        assertThatThrownBy(() -> fromText(
                        "{\"segments\": [{\"id\": 1, \"name\": \"x\", \"type\": \"dynamic\", \"filter\": {}}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/segments/0/filter");
        assertThatThrownBy(() -> fromText("{\"channels\": [{\"id\": 1, \"name\": \"x\", \"type\": \"pigeon\"}]}"))
                .hasMessageContaining("channels[0]");
        assertThatThrownBy(() -> fromText("not json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void syntheticMembersAreDeterministic() {
        Workspace first = load(Dataset.synthetic(900, 5_000_000, 42));
        Workspace second = load(Dataset.synthetic(900, 5_000_000, 42));
        Workspace otherSeed = load(Dataset.synthetic(900, 5_000_000, 43));

        Person member = first.syntheticPerson(900, 4_999_999);
        assertThat(member.id()).isEqualTo("synth-900-0004999999");
        assertThat(member).isEqualTo(second.syntheticPerson(900, 4_999_999));
        assertThat(first.syntheticPerson(900, 7).email())
                .isNotEqualTo(otherSeed.syntheticPerson(900, 7).email());
        assertThat(first.syntheticPerson(900, 7).cioId())
                .isNotEqualTo(otherSeed.syntheticPerson(900, 7).cioId());
        assertThat(first.syntheticPerson(900, 9).email()).isNull();
        assertThat(first.syntheticPerson(900, 19).email()).isNull();
        assertThat(first.segmentMemberCount(900)).isEqualTo(5_000_000);

        Set<String> cioIds = new HashSet<>();
        String previousId = "";
        for (long i = 0; i < 10_000; i++) {
            Person person = first.syntheticPerson(900, i);
            assertThat(cioIds.add(person.cioId())).isTrue();
            assertThat(person.id()).isGreaterThan(previousId);
            previousId = person.id();
            assertThat(first.findPerson(IdType.CIO_ID, person.cioId())).contains(person);
            if (person.email() != null) {
                assertThat(first.findPerson(IdType.EMAIL, person.email())).contains(person);
            }
        }
    }

    @Test
    void syntheticSegmentsCombineWithOtherDatasets() {
        Workspace workspace = load(Dataset.demo().withSyntheticSegment(900, 1_000_000, 42));

        assertThat(workspace.segmentMemberCount(900)).isEqualTo(1_000_000);
        assertThat(workspace.segment(900).orElseThrow().type()).isEqualTo(SegmentType.DYNAMIC);
        workspace.removeSyntheticMembers(900, 0, 10, 999_999);
        assertThat(workspace.segmentMemberCount(900)).isEqualTo(999_997);
        workspace.growSyntheticSegment(900, 1_000_500);
        assertThat(workspace.segmentMemberCount(900)).isEqualTo(1_000_497);
        assertThat(workspace.isMember(900, "synth-900-0000000010")).isFalse();
        assertThat(workspace.isMember(900, "synth-900-0001000499")).isTrue();
        assertThat(workspace.person("synth-900-0000000010")).isPresent();
        assertThatThrownBy(() -> workspace.growSyntheticSegment(900, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workspace.removeSyntheticMembers(900, 2_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dataset.synthetic(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customStepsRunAfterTheDataset() {
        Workspace workspace =
                load(Dataset.empty().with(ws -> ws.putPerson(Person.builder("x").build())));

        assertThat(workspace.people()).extracting(Person::id).containsExactly("x");
    }

    private static Dataset fromText(String json) {
        return Dataset.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Workspace load(Dataset dataset) {
        Workspace workspace = new Workspace();
        dataset.applyTo(workspace);
        return workspace;
    }
}
