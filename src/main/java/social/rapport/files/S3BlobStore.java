package social.rapport.files;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in a bucket of an S3-compatible store (Amazon S3, MinIO, Garage, Ceph, …). Reads
 * ask for the range they need (a `Range` header), so a video seek fetches only what is played. The
 * SDK's extra checksums are sent and checked only where the protocol requires them, since many
 * S3-compatible servers do not know them.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(S3Settings settings) {
        this.bucket = settings.bucket();
        S3ClientBuilder b = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build());
        if (settings.endpoint() != null) b.endpointOverride(URI.create(settings.endpoint()));
        this.s3 = b.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings s) {
        return s.accessKey() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKey(), s.secretKey()))
                : DefaultCredentialsProvider.builder().build();
    }

    /** Makes the bucket when it is not there yet (the server's administrator usually makes it). */
    public void createBucketIfMissing() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(r -> r.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) throw e;
            s3.createBucket(r -> r.bucket(bucket));
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        String k = BlobKeys.check(key);
        String type = LocalBlobStore.cleanType(contentType);
        s3.putObject(r -> r.bucket(bucket).key(k).contentType(type), RequestBody.fromFile(file));
    }

    @Override
    public Optional<BlobInfo> info(String key) {
        String k = BlobKeys.check(key);
        try {
            HeadObjectResponse h = s3.headObject(r -> r.bucket(bucket).key(k));
            String type = h.contentType() != null ? h.contentType() : ContentTypes.fromName(k);
            return Optional.of(new BlobInfo(h.contentLength(), type));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw e;
        }
    }

    @Override
    public Optional<InputStream> open(String key, long offset, long length) {
        String k = BlobKeys.check(key);
        BlobKeys.checkRange(offset);
        if (length == 0) return info(k).map(i -> InputStream.nullInputStream());
        GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(bucket).key(k);
        if (offset > 0 || length > 0) {
            get.range("bytes=" + offset + "-" + (length > 0 ? Long.toString(offset + length - 1) : ""));
        }
        try {
            InputStream in = s3.getObject(get.build());
            return Optional.of(in);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            // 416: the range starts at or past the end; there are no bytes there, as in a file
            if (e.statusCode() == 416) return info(k).map(i -> InputStream.nullInputStream());
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        String k = BlobKeys.check(key);
        s3.deleteObject(r -> r.bucket(bucket).key(k));
    }

    @Override
    public void close() {
        s3.close();
    }
}
