package social.rapport.files;

import java.net.URI;

/**
 * Where an S3-compatible object store is and how to sign in to it. `endpoint` null means Amazon S3
 * itself (in `region`); `accessKey` null means the usual AWS places (environment, profile, instance
 * role). `pathStyle` addresses the bucket in the path (http://host/bucket/key), which self-hosted
 * servers need; virtual-host style (http://bucket.host/key) otherwise.
 */
public record S3Settings(
        String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {
    public static final String DEFAULT_REGION = "us-east-1";

    public S3Settings {
        if (bucket == null || bucket.isBlank())
            throw new IllegalArgumentException("the S3 media store needs a bucket (--s3-bucket, RAPPORT_S3_BUCKET)");
        if (endpoint != null && !endpoint.isBlank()) {
            URI u;
            try {
                u = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the S3 endpoint is not an address: " + endpoint);
            }
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null)
                throw new IllegalArgumentException("the S3 endpoint must be an http(s) address: " + endpoint);
        }
        if ((accessKey == null) != (secretKey == null))
            throw new IllegalArgumentException("the S3 access key and secret key go together");
        endpoint = blankToNull(endpoint);
        region = region == null || region.isBlank() ? DEFAULT_REGION : region.trim();
        bucket = bucket.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Never shows the secret key, so the configuration can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey="
                + accessKey + ", secretKey=" + (secretKey == null ? null : "***") + ", pathStyle=" + pathStyle + "]";
    }
}
