package social.rapport.cli;

import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import social.rapport.app.Config;
import social.rapport.files.S3Settings;

/**
 * Where media files go: the data folder unless an S3-compatible object store is named by an endpoint
 * or a bucket. Each option falls back to its RAPPORT_S3_* environment variable; the secret key is
 * better given there than on a command line others can see.
 */
final class S3Options {
    @Option(
            names = "--s3-endpoint",
            description = "S3-compatible store for media, e.g. https://s3.example:9000 (env RAPPORT_S3_ENDPOINT;"
                    + " default: media in the data folder)")
    String endpoint;

    @Option(names = "--s3-bucket", description = "Bucket for media (env RAPPORT_S3_BUCKET)")
    String bucket;

    @Option(names = "--s3-region", description = "Region (env RAPPORT_S3_REGION, default us-east-1)")
    String region;

    @Option(names = "--s3-access-key", description = "Access key (env RAPPORT_S3_ACCESS_KEY)")
    String accessKey;

    @Option(names = "--s3-secret-key", description = "Secret key (env RAPPORT_S3_SECRET_KEY)")
    String secretKey;

    @Option(
            names = "--s3-path-style",
            arity = "0..1",
            description = "Bucket in the path, as self-hosted stores need (env RAPPORT_S3_PATH_STYLE, default"
                    + " true; false for virtual-host style)")
    Boolean pathStyle;

    Config apply(Config c) {
        return apply(c, System::getenv);
    }

    Config apply(Config c, UnaryOperator<String> env) {
        String e = pick(endpoint, env.apply("RAPPORT_S3_ENDPOINT"));
        String b = pick(bucket, env.apply("RAPPORT_S3_BUCKET"));
        if (e == null && b == null) return c;
        String style = env.apply("RAPPORT_S3_PATH_STYLE");
        boolean path = pathStyle != null ? pathStyle : style == null || style.isBlank() || Boolean.parseBoolean(style);
        try {
            return c.withS3(new S3Settings(
                    e,
                    pick(region, env.apply("RAPPORT_S3_REGION")),
                    b,
                    pick(accessKey, env.apply("RAPPORT_S3_ACCESS_KEY")),
                    pick(secretKey, env.apply("RAPPORT_S3_SECRET_KEY")),
                    path));
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(new CommandLine(new ServeCommand()), ex.getMessage());
        }
    }

    private static String pick(String option, String env) {
        String v = option != null ? option : env;
        return v == null || v.isBlank() ? null : v.trim();
    }
}
