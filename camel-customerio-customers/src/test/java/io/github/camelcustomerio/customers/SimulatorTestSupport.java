package io.github.camelcustomerio.customers;

import java.util.List;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the component against a fresh embedded simulator per test (empty workspace, no rate limit unless a test
 * sets one), configured on the component as a user would.
 */
abstract class SimulatorTestSupport extends CamelTestSupport {

    protected CustomerIoSimulator simulator;

    /** The simulator for the next test; override to change its dataset or limits. */
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return CustomerIoSimulator.builder()
                .apiKey("sim-test-key")
                .dataset(Dataset.empty())
                .rateLimit(0);
    }

    @Override
    protected void doPreSetup() throws Exception {
        simulator = simulatorBuilder().build().start();
        super.doPreSetup();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void noRequestsYet() {
        simulator.clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configure(context);
        return context;
    }

    /** Points a context's component at the simulator. */
    protected void configure(CamelContext context) {
        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(simulator.apiKey());
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setRateLimit(0);
    }

    /** A second simulator with this one's key, serving HTTPS with the test certificate; the caller closes it. */
    protected CustomerIoSimulator startHttpsSimulator() {
        return CustomerIoSimulator.builder()
                .apiKey(simulator.apiKey())
                .rateLimit(0)
                .https(TestCertificates.server())
                .build()
                .start();
    }

    protected Workspace workspace() {
        return simulator.workspace();
    }

    /** Adds people user-1 .. user-n (cio ids c-1 .. c-n) to a new manual segment and answers its id. */
    protected int manualSegmentOf(int people) {
        int segmentId = workspace().createManualSegment("test segment", "").id();
        for (int i = 1; i <= people; i++) {
            addPerson(i);
            workspace().addToSegment(segmentId, "user-" + i);
        }
        return segmentId;
    }

    protected Person addPerson(int i) {
        return workspace()
                .putPerson(Person.builder("user-" + i)
                        .email("user" + i + "@example.com")
                        .cioId(String.format("c%05d", i))
                        .build());
    }

    protected List<RecordedRequest> requests() {
        return simulator.requests();
    }
}
