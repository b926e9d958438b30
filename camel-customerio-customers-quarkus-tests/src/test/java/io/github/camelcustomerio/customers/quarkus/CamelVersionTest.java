package io.github.camelcustomerio.customers.quarkus;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application runs the Camel the component is built with: the Camel Quarkus BOM imported by this module, not the
 * root's camel-bom, decides Camel's version here, so a Camel Quarkus release on another Camel would show up at once.
 */
@QuarkusTest
@WithTestResource(SimulatorResource.class)
class CamelVersionTest {

    @Inject
    CamelContext context;

    @Test
    void theApplicationRunsTheCamelVersionOfTheBuild() {
        assertThat(System.getProperty("camel.version")).as("set by the build").isNotBlank();
        assertThat(context.getVersion()).isEqualTo(System.getProperty("camel.version"));
    }
}
