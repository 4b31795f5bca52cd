package social.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalBlobStoreTest extends BlobStoreContract {
    private LocalBlobStore store;

    @BeforeEach
    void open() {
        store = new LocalBlobStore(tmp.resolve("media"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void blobs_are_plain_files_under_the_folder_and_no_temporary_file_is_left() throws IOException {
        store.put("p/1/original.jpg", file(bytes(10)), "image/jpeg");
        store.put("p/1/original.jpg", file(bytes(12)), "image/jpeg");

        Path blob = tmp.resolve("media/p/1/original.jpg");
        assertThat(Files.size(blob)).isEqualTo(12);
        try (Stream<Path> files = Files.list(blob.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("original.jpg", "original.jpg@type");
        }
    }

    @Test
    void a_file_without_a_recorded_type_gets_the_one_its_name_suggests() throws IOException {
        Files.createDirectories(tmp.resolve("media/old"));
        Files.write(tmp.resolve("media/old/pic.png"), bytes(3));
        Files.write(tmp.resolve("media/old/raw"), bytes(3));

        assertThat(store.info("old/pic.png").orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(store.info("old/raw").orElseThrow().contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void a_folder_is_not_a_blob() throws IOException {
        store.put("dir/inside", file(bytes(3)), "image/png");

        assertThat(store.info("dir")).isEmpty();
        assertThat(store.open("dir", 0, -1)).isEmpty();
        store.delete("dir");
        assertThat(store.info("dir/inside")).isPresent();
    }
}
