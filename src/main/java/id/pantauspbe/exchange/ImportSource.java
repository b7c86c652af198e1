package id.pantauspbe.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The content of an uploaded file, readable more than once (once for its hash, once to read it)
 * without holding it in memory: the bytes of a small upload, or a file on disk.
 */
public interface ImportSource {

    /** A new stream over the whole content. */
    InputStream open() throws IOException;

    /** The size in bytes. */
    long size();

    /** The content as a file on disk, when it is one (an XLSX file is read from a file). */
    default Optional<Path> file() {
        return Optional.empty();
    }

    static ImportSource of(byte[] bytes) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        return new ImportSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public long size() {
                return content.length;
            }
        };
    }

    static ImportSource of(Path file) {
        return new ImportSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(file);
            }
        };
    }

    /** A source that opens streams of something else (an uploaded part). */
    static ImportSource of(StreamOpener opener, long size) {
        return new ImportSource() {
            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }

            @Override
            public long size() {
                return size;
            }
        };
    }

    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }
}
