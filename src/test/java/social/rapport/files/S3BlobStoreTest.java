package social.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The same contract against a real S3-compatible server (S3Proxy over a temporary folder) listening
 * on the loopback address, signed requests and path-style addressing included.
 */
class S3BlobStoreTest extends BlobStoreContract {
    static final String ACCESS = S3TestServer.ACCESS;
    static final String SECRET = S3TestServer.SECRET;

    @TempDir
    static Path objects;

    static S3TestServer server;
    static S3BlobStore store;
    static String endpoint;

    @BeforeAll
    static void start() throws Exception {
        server = new S3TestServer(objects);
        endpoint = server.endpoint;
        store = server.store("media");
        store.createBucketIfMissing();
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        server.close();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void objects_land_in_the_bucket_on_the_server() throws IOException {
        String k = key("p/1.jpg");
        store.put(k, file(bytes(42)), "image/jpeg");

        assertThat(objects.resolve("media").resolve(k)).exists().hasSize(42);
    }

    @Test
    void a_wrong_secret_is_refused_by_the_server() throws IOException {
        String k = key("x");
        store.put(k, file(bytes(3)), "image/png");
        try (S3BlobStore wrong = new S3BlobStore(new S3Settings(endpoint, null, "media", ACCESS, "wrong", true))) {
            assertThatThrownBy(() -> wrong.info(k))
                    .isInstanceOf(S3Exception.class)
                    .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
        }
    }

    @Test
    void the_factory_gives_the_s3_store_when_settings_are_given_and_a_folder_otherwise() throws IOException {
        BlobStore local = BlobStores.from(tmp, null);
        assertThat(local).isInstanceOf(LocalBlobStore.class);
        assertThat(((LocalBlobStore) local).root())
                .isEqualTo(tmp.resolve("media").toAbsolutePath());

        BlobStore s3 = BlobStores.from(tmp, new S3Settings(endpoint, "", "media", ACCESS, SECRET, true));
        assertThat(s3).isInstanceOf(S3BlobStore.class);
        String k = key("via-factory.png");
        s3.put(k, file(bytes(5)), "image/png");
        assertThat(store.info(k)).contains(new BlobStore.BlobInfo(5, "image/png"));
        ((S3BlobStore) s3).close();
    }
}
