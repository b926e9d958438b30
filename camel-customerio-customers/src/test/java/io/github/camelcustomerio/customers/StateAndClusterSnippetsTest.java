package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelcustomerio.customers.state.DirectoryStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs' snippets on stored positions and several nodes, run: the Java ones are the tagged code below, shown
 * verbatim by the docs; the YAML one is read from the docs and loaded.
 */
class StateAndClusterSnippetsTest extends SimulatorTestSupport {

    private static final Path RELATIVE_STATE = Path.of("data");

    @AfterEach
    void removeTheSnippetsDirectory() throws IOException {
        if (Files.exists(RELATIVE_STATE)) {
            try (Stream<Path> files = Files.walk(RELATIVE_STATE)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void theChangesConsumerWithADirectoryStateRepositoryRuns() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            // spotless:off
            public void configure() {
                // tag::directory[]
DirectoryStateRepository positions = new DirectoryStateRepository(Path.of("data/customerio-positions"));
context.getRegistry().bind("positions", positions);

from("customerio-customers:getSegmentMembership?segmentId=7&mode=changes&stateRepository=#positions")
    .choice()
        .when(header("CamelCustomerioCustomersChange").isEqualTo("joined")).to("direct:addToCrm")
        .otherwise().to("direct:removeFromCrm");
                // end::directory[]
            }
            // spotless:on
        });

        DirectoryStateRepository positions =
                context.getRegistry().lookupByNameAndType("positions", DirectoryStateRepository.class);
        assertThat(ServiceHelper.isStarted(positions))
                .as("started with the CamelContext")
                .isTrue();
        assertThat(Files.isDirectory(Path.of("data/customerio-positions"))).isTrue();
        assertThat(DocumentedSnippets.shown(StateAndClusterSnippetsTest.class, "directory"))
                .isTrue();
    }

    @Test
    void theYamlBeanIsADirectoryStateRepository() throws Exception {
        String doc = Files.readString(DocumentationTest.DOC);
        int start = doc.indexOf("[source,yaml]\n----\n- beans:\n    - name: positions");
        assertThat(start).as("the YAML snippet in the docs").isNotNegative();
        String yaml = doc.substring(doc.indexOf("----\n", start) + 5, doc.indexOf("\n----\n", start + 20));

        try (CamelContext other = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(other).loadRoutes(ResourceHelper.fromString("positions.camel.yaml", yaml));
            DirectoryStateRepository positions =
                    other.getRegistry().lookupByNameAndType("positions", DirectoryStateRepository.class);
            assertThat(positions.getDirectory()).isEqualTo(Path.of("data/customerio-positions"));
        }
    }

    @Test
    void theMasterRouteAndTheFileLockClusterServiceAreAsShown() throws Exception {
        CamelContext context = new DefaultCamelContext();
        // spotless:off
        // tag::cluster[]
FileLockClusterService cluster = new FileLockClusterService();
cluster.setRoot("/shared/cluster");
cluster.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
cluster.setHeartbeatTimeoutMultiplier(2);
context.addService(cluster);
        // end::cluster[]
        // spotless:on
        context.addRoutes(new RouteBuilder() {
            @Override
            // spotless:off
            public void configure() {
                // tag::master[]
from("master:customerio:customerio-customers:getSegmentMembership?segmentId=7&mode=changes"
     + "&stateRepository=#positions")
    .to("direct:crm");
                // end::master[]
            }
            // spotless:on
        });

        assertThat(context.hasService(cluster)).isTrue();
        assertThat(cluster.getAcquireLockInterval()).isEqualTo(500);
        assertThat(context.getCamelContextExtension()
                        .getContextPlugin(Model.class)
                        .getRouteDefinitions())
                .singleElement()
                .satisfies(
                        route -> assertThat(route.getInput().getEndpointUri()).startsWith("master:customerio:"));
        assertThat(DocumentedSnippets.shown(StateAndClusterSnippetsTest.class, "cluster"))
                .isTrue();
        assertThat(DocumentedSnippets.shown(StateAndClusterSnippetsTest.class, "master"))
                .isTrue();
        context.close();
    }
}
