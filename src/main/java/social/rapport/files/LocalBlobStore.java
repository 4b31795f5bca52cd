package social.rapport.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Blobs as files in a folder (by default `media` in the data folder), one file per key. Each file is
 * written to a temporary file beside it, flushed to disk and moved into place in one step, so a
 * reader (or a restart after a crash) sees the old bytes or the new ones, never half. The content type sits in a small file beside the blob whose name
 * has an "@", which no key has, so it never collides with a blob; temporary files have one too.
 */
public final class LocalBlobStore implements BlobStore {
    private static final String TYPE_SUFFIX = "@type";
    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder the blobs live in. */
    public Path root() {
        return root;
    }

    @Override
    public void put(String key, Path file, String contentType) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            replace(target, tmp -> Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING));
            byte[] type = cleanType(contentType).getBytes(StandardCharsets.UTF_8);
            replace(typeFile(target), tmp -> Files.write(tmp, type));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + key, e);
        }
    }

    @Override
    public Optional<BlobInfo> info(String key) {
        Path target = file(key);
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            if (!a.isRegularFile()) return Optional.empty();
            return Optional.of(new BlobInfo(a.size(), readType(target)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + key, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key, long offset, long length) {
        BlobKeys.checkRange(offset);
        Path target = file(key);
        if (Files.isDirectory(target)) return Optional.empty();
        try {
            FileChannel ch = FileChannel.open(target, StandardOpenOption.READ);
            try {
                ch.position(offset);
                InputStream in = Channels.newInputStream(ch);
                return Optional.of(length < 0 ? in : new LimitedInputStream(in, length));
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        Path target = file(key);
        try {
            if (Files.isDirectory(target)) return;
            Files.deleteIfExists(target);
            Files.deleteIfExists(typeFile(target));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + key, e);
        }
    }

    private Path file(String key) {
        Path p = root.resolve(BlobKeys.check(key)).normalize();
        if (!p.startsWith(root)) throw new IllegalArgumentException("not a blob key: " + key);
        return p;
    }

    private static Path typeFile(Path blob) {
        return blob.resolveSibling(blob.getFileName() + TYPE_SUFFIX);
    }

    private String readType(Path blob) throws IOException {
        try {
            String t = Files.readString(typeFile(blob), StandardCharsets.UTF_8).trim();
            if (!t.isEmpty()) return t;
        } catch (NoSuchFileException e) {
            // written by hand or cut short between the blob and its type: fall back to the name
        }
        return ContentTypes.fromName(blob.getFileName().toString());
    }

    static String cleanType(String contentType) {
        if (contentType == null || contentType.isBlank()) return ContentTypes.OCTET_STREAM;
        String t = contentType.trim();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 || c > 0x7e) throw new IllegalArgumentException("not a content type: " + contentType);
        }
        return t;
    }

    private interface Writer {
        void write(Path tmp) throws IOException;
    }

    private static void replace(Path target, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + "@", ".tmp");
        try {
            writer.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true); // the bytes are on disk before the name points at them
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
