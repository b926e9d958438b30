package io.github.camelcustomerio.customers;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.state.DirectoryStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of a clustered integration, for ClusterFailoverTest, run in a JVM of its own: a consumer of a segment
 * under {@code master:} with camel-file's FileLockClusterService, its position in a DirectoryStateRepository shared
 * by every node, its route appending "node event" lines to a journal shared by every node. While it leads, the file
 * {@code leader} in the cluster directory names it. SIGTERM stops the CamelContext gracefully; SIGKILL does not.
 * <p>
 * Arguments: node name, base URL, API key, segment id, page size, mode, state directory, cluster directory, journal.
 */
public final class ClusterNodeProcess {

    private ClusterNodeProcess() {}

    public static void main(String[] args) throws Exception {
        String node = args[0];
        Path clusterDirectory = Path.of(args[7]);
        Path journal = Path.of(args[8]);
        ConsumerProcess.dropCutShortLine(journal);

        CamelContext context = new DefaultCamelContext();
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(node);
        cluster.setRoot(clusterDirectory.toString());
        // takeover within seconds: a leader is presumed gone after 2 missed heartbeats of 500 ms
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(2);
        context.addService(cluster);

        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(args[2]);
        component.getConfiguration().setBaseUrl(args[1]);
        component.getConfiguration().setRateLimit(0);
        context.getRegistry().bind("positions", new DirectoryStateRepository(Path.of(args[6])));

        OutputStream out = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:customerio:customerio-customers:getSegmentMembership?segmentId=" + args[3] + "&limit="
                                + args[4] + "&mode=" + args[5]
                                + "&stateRepository=#positions&stateKey=members&initialDelay=0&delay=10")
                        .process(exchange -> {
                            String change =
                                    exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE, String.class);
                            Object id = exchange.getMessage().getBody(Map.class).get("id");
                            String event = change == null ? String.valueOf(id) : change + " " + id;
                            out.write((node + " " + event + "\n").getBytes(StandardCharsets.UTF_8));
                            // the work of a real route: a walk takes long enough to be failed over in the middle
                            Thread.sleep(5);
                        });
            }
        });
        context.start();
        cluster.getView("customerio").addEventListener((CamelClusterEventListener.Leadership) (view, leader) -> {
            if (leader != null && leader.isLocal()) {
                announce(clusterDirectory, node);
            }
        });
        if (cluster.getView("customerio").getLocalMember().isLeader()) {
            announce(clusterDirectory, node);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
        Thread.currentThread().join();
    }

    private static void announce(Path clusterDirectory, String node) {
        try {
            Path temporary = clusterDirectory.resolve("leader." + node);
            Files.writeString(temporary, node + " " + System.currentTimeMillis());
            Files.move(
                    temporary,
                    clusterDirectory.resolve("leader"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
