package social.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every blob store does, run against each kind by a subclass that gives the store. */
abstract class BlobStoreContract {
    @TempDir
    Path tmp;

    /** The store under test; a fresh key prefix per test keeps tests apart when the store is shared. */
    abstract BlobStore store();

    private static int counter;

    String key(String name) {
        return "t" + (++counter) + "-" + System.nanoTime() % 100000 + "/" + name;
    }

    Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(tmp, "blob", ".bin"), bytes);
    }

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 7 + 3);
        return b;
    }

    static byte[] read(Optional<InputStream> in) throws IOException {
        assertThat(in).isPresent();
        try (InputStream s = in.get()) {
            return s.readAllBytes();
        }
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    @Test
    void a_stored_file_reads_back_whole_with_its_size_and_type() throws IOException {
        byte[] data = bytes(70_000);
        String k = key("photo.jpg");
        store().put(k, file(data), "image/jpeg");

        assertThat(store().info(k)).contains(new BlobStore.BlobInfo(70_000, "image/jpeg"));
        assertThat(read(store().open(k, 0, -1))).isEqualTo(data);
    }

    @Test
    void the_type_given_is_kept_even_when_the_name_suggests_another() throws IOException {
        String k = key("clip.bin");
        store().put(k, file(bytes(10)), "video/mp4");

        assertThat(store().info(k).orElseThrow().contentType()).isEqualTo("video/mp4");
    }

    @Test
    void ranges_read_the_bytes_asked_for() throws IOException {
        byte[] data = bytes(5_000);
        String k = key("a.png");
        store().put(k, file(data), "image/png");

        assertThat(read(store().open(k, 100, 50))).isEqualTo(slice(data, 100, 150));
        assertThat(read(store().open(k, 4_990, -1))).isEqualTo(slice(data, 4_990, 5_000));
        assertThat(read(store().open(k, 4_990, 100))).isEqualTo(slice(data, 4_990, 5_000));
        assertThat(read(store().open(k, 0, 1))).isEqualTo(slice(data, 0, 1));
        assertThat(read(store().open(k, 4_999, 1))).isEqualTo(slice(data, 4_999, 5_000));
    }

    @Test
    void an_empty_file_is_a_blob_of_size_zero() throws IOException {
        String k = key("empty");
        store().put(k, file(new byte[0]), "application/octet-stream");

        assertThat(store().info(k)).contains(new BlobStore.BlobInfo(0, "application/octet-stream"));
        assertThat(read(store().open(k, 0, -1))).isEmpty();
    }

    @Test
    void putting_again_replaces_bytes_and_type() throws IOException {
        String k = key("x.webp");
        store().put(k, file(bytes(300)), "image/webp");
        byte[] second = "second".getBytes();
        store().put(k, file(second), "text/plain");

        assertThat(store().info(k)).contains(new BlobStore.BlobInfo(6, "text/plain"));
        assertThat(read(store().open(k, 0, -1))).isEqualTo(second);
    }

    @Test
    void a_deleted_blob_is_gone_and_deleting_again_is_fine() throws IOException {
        String k = key("gone.gif");
        store().put(k, file(bytes(20)), "image/gif");

        store().delete(k);
        store().delete(k);

        assertThat(store().info(k)).isEmpty();
        assertThat(store().open(k, 0, -1)).isEmpty();
    }

    @Test
    void a_missing_blob_has_no_info_and_no_bytes() {
        String k = key("never");
        assertThat(store().info(k)).isEmpty();
        assertThat(store().open(k, 0, -1)).isEmpty();
        assertThat(store().open(k, 10, 5)).isEmpty();
        store().delete(k);
    }

    @Test
    void keys_in_nested_folders_are_separate_blobs() throws IOException {
        String k = key("a/b/c.jpg");
        String sibling = k.replace("c.jpg", "d.jpg");
        store().put(k, file("one".getBytes()), "image/jpeg");
        store().put(sibling, file("two".getBytes()), "image/jpeg");

        assertThat(read(store().open(k, 0, -1))).isEqualTo("one".getBytes());
        assertThat(read(store().open(sibling, 0, -1))).isEqualTo("two".getBytes());
    }

    @Test
    void keys_outside_the_safe_alphabet_or_that_climb_are_refused() throws IOException {
        Path f = file(bytes(1));
        for (String bad : new String[] {
            "",
            "/abs",
            "a/../b",
            "..",
            "a/..",
            "./a",
            "a//b",
            "a/",
            "Upper.jpg",
            "sp ace",
            "a\\b",
            "ünï",
            "a@type",
            "a\nb",
            "%2e%2e"
        }) {
            assertThatThrownBy(() -> store().put(bad, f, "image/png"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().info(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().open(bad, 0, -1)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().delete(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store().put(null, f, "image/png")).isInstanceOf(IllegalArgumentException.class);
    }
}
