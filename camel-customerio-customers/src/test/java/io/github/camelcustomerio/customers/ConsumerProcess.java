package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import io.github.camelcustomerio.customers.state.DirectoryStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;

/**
 * A consumer process for ConsumerKillTest, run in a JVM of its own until it is killed: a changes-mode consumer of a
 * segment, with a DirectoryStateRepository, whose route appends each event it is handed to a journal file (the
 * route's side effect, complete before the consumer moves on). In a memory-mapped flag file, byte 0 is 1 while a
 * state write is under way, so that the killer can tell which kills landed inside one, and byte 1 becomes 1 once the
 * route has started.
 * <p>
 * Arguments: base URL, API key, segment id, page size, state directory, journal file, flag file.
 */
public final class ConsumerProcess {

    private ConsumerProcess() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String apiKey = args[1];
        int segment = Integer.parseInt(args[2]);
        int limit = Integer.parseInt(args[3]);
        Path journal = Path.of(args[5]);
        dropCutShortLine(journal);
        MappedByteBuffer flag;
        try (FileChannel channel = FileChannel.open(
                Path.of(args[6]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            flag = channel.map(FileChannel.MapMode.READ_WRITE, 0, 2);
        }
        flag.put(0, (byte) 0);
        flag.put(1, (byte) 0);
        DirectoryStateRepository directory = new DirectoryStateRepository(Path.of(args[4]));
        StateRepository<String, String> positions = new FlaggedRepository(directory, flag);

        OutputStream out = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        CamelContext context = new DefaultCamelContext();
        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(apiKey);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setRateLimit(0);
        context.getRegistry().bind("positions", positions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=" + limit
                                + "&mode=changes&stateRepository=#positions&stateKey=members&initialDelay=0&delay=10")
                        .process(exchange -> {
                            String change =
                                    exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE, String.class);
                            Object id = exchange.getMessage().getBody(Map.class).get("id");
                            // one write per event: the line is whole in the file, or cut short by a kill
                            out.write((change + " " + id + "\n").getBytes(StandardCharsets.UTF_8));
                            // a side effect takes a moment, as a call to a CRM would
                            Thread.sleep(5);
                        });
            }
        });
        directory.start();
        context.start();
        flag.put(1, (byte) 1);
        Thread.currentThread().join();
    }

    /** A kill during an append may leave a line without its end: it was not handed, drop it. */
    static void dropCutShortLine(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            long end = file.length();
            while (end > 0) {
                file.seek(end - 1);
                if (file.read() == '\n') {
                    break;
                }
                end--;
            }
            file.setLength(end);
        }
    }

    /** Raises the flag while a write is under way. */
    private record FlaggedRepository(StateRepository<String, String> delegate, MappedByteBuffer flag)
            implements StateRepository<String, String> {

        @Override
        public void setState(String key, String value) {
            flag.put(0, (byte) 1);
            delegate.setState(key, value);
            flag.put(0, (byte) 0);
        }

        @Override
        public String getState(String key) {
            return delegate.getState(key);
        }

        @Override
        public void start() {}

        @Override
        public void stop() {}
    }
}
