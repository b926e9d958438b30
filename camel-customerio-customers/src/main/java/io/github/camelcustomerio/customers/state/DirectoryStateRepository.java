package io.github.camelcustomerio.customers.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A crash-safe {@link StateRepository}: each entry is a file of its own in a directory, replaced by writing a new
 * file, forcing it to disk and renaming it over the old one atomically. A process killed at any instant leaves every
 * entry either as it was or as it was set, never cut short, and a write costs the size of its own entry, not of the
 * whole store. Nothing is cached: every read comes from the directory, so several nodes sharing it (one at a time,
 * under a cluster lock) always read what the last one wrote.
 * <p>
 * Keys may hold any character: letters, digits, '.', '-' and '_' are kept in the file name, anything else is
 * percent-encoded.
 */
public class DirectoryStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final String TEMPORARY_PREFIX = ".tmp-";
    /** Temporary files older than this are left-overs of a crash (a live write takes milliseconds). */
    private static final Duration LEFT_OVER_AGE = Duration.ofMinutes(10);

    private Path directory;

    public DirectoryStateRepository() {}

    public DirectoryStateRepository(Path directory) {
        this.directory = directory;
    }

    public Path getDirectory() {
        return directory;
    }

    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    /** The directory, as a path name (for configuration by properties). */
    public void setDirectoryName(String directory) {
        this.directory = Paths.get(directory);
    }

    @Override
    protected void doStart() throws Exception {
        if (directory == null) {
            throw new IllegalArgumentException("DirectoryStateRepository needs a directory");
        }
        Files.createDirectories(directory);
        removeLeftOvers();
    }

    @Override
    public String getState(String key) {
        try {
            return Files.readString(file(key), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read state entry '" + key + "' in " + directory, e);
        }
    }

    @Override
    public void setState(String key, String value) {
        Path target = file(key);
        Path temporary = directory.resolve(TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the left-over is removed at the next start
            }
            throw new UncheckedIOException("Cannot write state entry '" + key + "' in " + directory, e);
        }
    }

    /** The rename itself reaches the disk only once the directory is forced (where the platform allows it). */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform can open a directory; the rename is atomic all the same
        }
    }

    private void removeLeftOvers() throws IOException {
        Instant before = Instant.now().minus(LEFT_OVER_AGE);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory, TEMPORARY_PREFIX + "*")) {
            for (Path temporary : temporaries) {
                FileTime modified = Files.getLastModifiedTime(temporary);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    private Path file(String key) {
        if (directory == null) {
            throw new IllegalStateException("DirectoryStateRepository needs a directory");
        }
        return directory.resolve(fileName(key));
    }

    /** The key as a file name: letters, digits, '.', '-' and '_' as they are, every other byte as %XX. */
    static String fileName(String key) {
        StringBuilder name = new StringBuilder(key.length() + 8);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                name.append(c);
            } else {
                name.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        String encoded = name.toString();
        // "." and ".." name directories; a name that starts with the temporary prefix would be taken for a left-over
        if (encoded.isEmpty() || encoded.chars().allMatch(c -> c == '.') || encoded.startsWith(TEMPORARY_PREFIX)) {
            encoded = "%" + encoded;
        }
        return encoded;
    }

    @Override
    public String toString() {
        return "DirectoryStateRepository[" + directory + "]";
    }
}
