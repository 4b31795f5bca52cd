package social.rapport.files;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/** A real S3-compatible server (S3Proxy keeping objects in a folder) on the loopback, for tests. */
final class S3TestServer implements AutoCloseable {
    static final String ACCESS = "rapport-test";
    static final String SECRET = "rapport-test-secret-key";

    private final S3Proxy proxy;
    final String endpoint;

    S3TestServer(Path objects) throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(objects.toString()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .stopTimeout(0)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) Thread.onSpinWait();
        endpoint = "http://127.0.0.1:" + proxy.getPort();
    }

    /** A store on a bucket of this server, made if missing. */
    S3BlobStore store(String bucket) {
        S3BlobStore s = new S3BlobStore(new S3Settings(endpoint, null, bucket, ACCESS, SECRET, true));
        s.createBucketIfMissing();
        return s;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
