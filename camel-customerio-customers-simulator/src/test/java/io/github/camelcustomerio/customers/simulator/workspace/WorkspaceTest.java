package io.github.camelcustomerio.customers.simulator.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    private final Workspace workspace =
            new Workspace(Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC));

    @Test
    void putPersonAssignsCioIdsAndTimestamps() {
        Person stored = workspace.putPerson(
                Person.builder("p").email("p@x.test").attribute("plan", "pro").build());

        assertThat(stored.cioId()).isNotBlank();
        assertThat(stored.createdAt()).isEqualTo(1_800_000_000L);
        assertThat(stored.attributeTimestamps()).containsEntry("plan", 1_800_000_000L);
        assertThat(workspace.findPerson(IdType.CIO_ID, stored.cioId())).contains(stored);
        assertThat(workspace.findPerson(IdType.EMAIL, "P@X.TEST")).contains(stored);
    }

    @Test
    void updatesKeepTimestampsOfUnchangedAttributes() {
        workspace.putPerson(Person.builder("p")
                .attribute("plan", "pro", 100)
                .attribute("tier", "a", 100)
                .createdAt(50)
                .build());

        Person updated = workspace.updatePerson(
                "p", person -> person.attribute("tier", "b").email("new@x.test"));

        assertThat(updated.attributeTimestamps()).containsEntry("plan", 100L).containsEntry("tier", 1_800_000_000L);
        assertThat(updated.createdAt()).isEqualTo(50);
        assertThat(workspace.findPerson(IdType.EMAIL, "new@x.test")).isPresent();
        assertThatThrownBy(() -> workspace.updatePerson("p", person -> person.id("q")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workspace.updatePerson("nobody", person -> person))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cioIdsStayUnique() {
        workspace.putPerson(Person.builder("a").cioId("c1").build());

        assertThatThrownBy(() ->
                        workspace.putPerson(Person.builder("b").cioId("c1").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        workspace.putPerson(Person.builder("a").cioId("c2").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingAPersonRemovesEverythingAboutThem() {
        workspace.putObjectType(new ObjectType(1, "Companies", null, null, null, null, true));
        workspace.putObject(CustomerObject.of(1, "acme", Map.of()));
        workspace.putPerson(Person.builder("p").attribute("phone", "+15550001").build());
        workspace.putSegment(Segment.builder(1, "m").build());
        workspace.addToSegment(1, "p");
        workspace.relate("p", 1, "acme", Map.of("role", "admin"));
        workspace.addActivity("p", Activity.event("x"));
        workspace.addMessage("p", Message.email(1, 1, "s"));

        assertThat(workspace.deletePerson("p")).isTrue();

        assertThat(workspace.person("p")).isEmpty();
        assertThat(workspace.findPerson(IdType.PHONE, "+15550001")).isEmpty();
        assertThat(workspace.segmentMemberCount(1)).isZero();
        assertThat(workspace.relationshipsOf("p")).isEmpty();
        assertThat(workspace.activitiesOf("p")).isEmpty();
        assertThat(workspace.deletePerson("p")).isFalse();
    }

    @Test
    void relationshipsKeepOneEntryPerPersonAndObject() {
        workspace.putObjectType(new ObjectType(1, "Companies", null, null, null, null, true));
        workspace.putObject(CustomerObject.of(1, "acme", Map.of("seats", 5)));
        workspace.putPerson(Person.builder("p").build());

        workspace.relate("p", 1, "acme", Map.of("role", "admin"), Map.of("role", 10L));
        Relationship updated = workspace.relate("p", 1, "acme", Map.of("role", "owner"));

        assertThat(workspace.relationshipsOf("p")).containsExactly(updated);
        assertThat(updated.timestamps()).containsEntry("role", 1_800_000_000L);
        assertThat(workspace.unrelate("p", 1, "acme")).isTrue();
        assertThat(workspace.relationshipsOf("p")).isEmpty();
        assertThatThrownBy(() -> workspace.relate("p", 1, "nothing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workspace.putObject(CustomerObject.of(2, "x", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsGetFreshIdsAndManualOnlyMembership() {
        Segment manual = workspace.createManualSegment("A", null);
        Segment dynamic = workspace.createDynamicSegment("B", "d", PeopleFilter.attributeExists("plan"));
        workspace.putPerson(Person.builder("p").attribute("plan", "x").build());

        assertThat(manual.id()).isEqualTo(1);
        assertThat(dynamic.id()).isEqualTo(2);
        assertThat(manual.deduplicateId()).isEqualTo("1:1800000000");
        assertThat(workspace.segmentsOf(workspace.person("p").orElseThrow())).containsExactly(dynamic);
        assertThatThrownBy(() -> workspace.addToSegment(2, "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workspace.addToSegment(1, "nobody")).isInstanceOf(IllegalArgumentException.class);
        assertThat(workspace.deleteSegment(1)).isTrue();
        assertThat(workspace.createManualSegment("C", "").id()).isEqualTo(3);
    }

    @Test
    void timelinesAreNewestFirst() {
        workspace.putPerson(Person.builder("p").build());
        Activity old =
                workspace.addActivity("p", Activity.page("https://x.test").at(10));
        Activity now = workspace.addActivity("p", Activity.event("now"));
        Activity same = workspace.addActivity("p", Activity.attributeChange("plan", "a", "b"));

        assertThat(workspace.activitiesOf("p")).containsExactly(same, now, old);
        assertThat(now.timestamp()).isEqualTo(1_800_000_000L);
        assertThatThrownBy(() -> Activity.of("teleported")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Activity.of("_o:<object_type_id>:create").type()).isEqualTo("_o:<object_type_id>:create");
    }

    @Test
    void describeCountsTheContents() {
        workspace.putPerson(Person.builder("p").build());
        workspace.addSyntheticSegment(900, 1000, 1);

        assertThat(workspace.describe())
                .isEqualTo("1 people, 1 segments, 0 object types, 0 objects, 0 relationships, "
                        + "0 channels, 0 topics; synthetic segment 900 with 1000 members");
    }
}
