package social.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3SettingsTest {
    @Test
    void blanks_take_defaults() {
        S3Settings s = new S3Settings(" ", "", " media ", "k", "s", true);

        assertThat(s.endpoint()).isNull();
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.bucket()).isEqualTo("media");
    }

    @Test
    void a_bucket_is_required_and_the_endpoint_must_be_an_http_address() {
        assertThatThrownBy(() -> new S3Settings("http://127.0.0.1:9000", null, null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> new S3Settings("127.0.0.1:9000", null, "b", null, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> new S3Settings("ftp://host", null, "b", null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3Settings(null, null, "b", "key-without-secret", null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret");
    }

    @Test
    void the_secret_key_never_shows_in_text() {
        S3Settings s = new S3Settings("https://s3.example", "eu-west-1", "b", "AKIA1", "very-secret", false);

        assertThat(s.toString()).doesNotContain("very-secret").contains("AKIA1", "eu-west-1");
    }
}
