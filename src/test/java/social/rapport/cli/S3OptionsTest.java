package social.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import social.rapport.app.Config;
import social.rapport.files.S3Settings;

class S3OptionsTest {
    static Config apply(Map<String, String> env, String... args) {
        ServerOptions o = new ServerOptions();
        new CommandLine(o).parseArgs(args);
        return o.s3.apply(Config.defaults(), env::get);
    }

    @Test
    void without_an_endpoint_or_bucket_media_stay_in_the_data_folder() {
        assertThat(Config.defaults().s3()).isNull();
        assertThat(apply(Map.of()).s3()).isNull();
        assertThat(apply(Map.of("RAPPORT_S3_REGION", "eu-west-1")).s3()).isNull();
    }

    @Test
    void options_name_the_store() {
        Config c = apply(
                Map.of(),
                "--s3-endpoint=http://127.0.0.1:9000",
                "--s3-bucket=media",
                "--s3-access-key=ak",
                "--s3-secret-key=sk");

        assertThat(c.s3()).isEqualTo(new S3Settings("http://127.0.0.1:9000", "us-east-1", "media", "ak", "sk", true));
    }

    @Test
    void the_environment_names_it_too_and_options_win() {
        Map<String, String> env = Map.of(
                "RAPPORT_S3_ENDPOINT", "https://s3.example",
                "RAPPORT_S3_BUCKET", "env-bucket",
                "RAPPORT_S3_REGION", "eu-west-1",
                "RAPPORT_S3_ACCESS_KEY", "ak",
                "RAPPORT_S3_SECRET_KEY", "sk",
                "RAPPORT_S3_PATH_STYLE", "false");

        assertThat(apply(env).s3())
                .isEqualTo(new S3Settings("https://s3.example", "eu-west-1", "env-bucket", "ak", "sk", false));
        assertThat(apply(env, "--s3-bucket", "flag-bucket", "--s3-path-style").s3())
                .isEqualTo(new S3Settings("https://s3.example", "eu-west-1", "flag-bucket", "ak", "sk", true));
    }

    @Test
    void an_endpoint_without_a_bucket_is_a_clear_usage_error() {
        assertThatThrownBy(() -> apply(Map.of(), "--s3-endpoint=http://127.0.0.1:9000"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("bucket");
    }
}
