package social.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import social.rapport.app.Config;
import social.rapport.mail.MailSettings;
import social.rapport.mail.MailSettings.Security;

class SmtpOptionsTest {
    static Config apply(Map<String, String> env, String... args) {
        ServerOptions o = new ServerOptions();
        new CommandLine(o).parseArgs(args);
        return o.smtp.apply(Config.defaults(), env::get);
    }

    @Test
    void without_a_host_mail_is_written_to_the_data_folder() {
        assertThat(Config.defaults().mail()).isNull();
        assertThat(apply(Map.of("RAPPORT_SMTP_FROM", "a@b.example")).mail()).isNull();
        assertThat(Config.defaults().mailFolder())
                .isEqualTo(Config.defaults().dataDir().resolve("mail"));
    }

    @Test
    void options_name_the_server_with_starttls_on_587_by_default() {
        Config c = apply(Map.of(), "--smtp-host=mail.example", "--smtp-from=rapport@example.org");
        assertThat(c.mail())
                .isEqualTo(new MailSettings("mail.example", 587, Security.STARTTLS, null, null, "rapport@example.org"));
        assertThat(apply(Map.of(), "--smtp-host=mail.example", "--smtp-from=r@example.org", "--smtp-security=tls")
                        .mail()
                        .port())
                .isEqualTo(465);
    }

    @Test
    void the_environment_names_it_too_and_options_win_and_the_password_is_never_shown() {
        Map<String, String> env = Map.of(
                "RAPPORT_SMTP_HOST", "smtp.env.example",
                "RAPPORT_SMTP_PORT", "2525",
                "RAPPORT_SMTP_SECURITY", "none",
                "RAPPORT_SMTP_USER", "rapport",
                "RAPPORT_SMTP_PASSWORD", "s3cret-pass",
                "RAPPORT_SMTP_FROM", "rapport@env.example");

        MailSettings fromEnv = apply(env).mail();
        assertThat(fromEnv)
                .isEqualTo(new MailSettings(
                        "smtp.env.example", 2525, Security.NONE, "rapport", "s3cret-pass", "rapport@env.example"));
        assertThat(fromEnv.toString()).doesNotContain("s3cret-pass");
        assertThat(apply(env, "--smtp-host", "smtp.flag.example", "--smtp-security", "STARTTLS")
                        .mail())
                .isEqualTo(new MailSettings(
                        "smtp.flag.example", 2525, Security.STARTTLS, "rapport", "s3cret-pass", "rapport@env.example"));
    }

    @Test
    void a_host_without_a_from_address_or_with_an_unknown_security_is_a_clear_usage_error() {
        assertThatThrownBy(() -> apply(Map.of(), "--smtp-host=mail.example"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("from address");
        assertThatThrownBy(() ->
                        apply(Map.of(), "--smtp-host=mail.example", "--smtp-from=a@b.example", "--smtp-security=ssl3"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("starttls, tls or none");
        assertThatThrownBy(() -> apply(
                        Map.of("RAPPORT_SMTP_PORT", "many"), "--smtp-host=mail.example", "--smtp-from=a@b.example"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("number");
    }

    @Test
    void sign_ups_confirm_their_address_unless_turned_off() {
        assertThat(Config.defaults().confirmEmail()).isTrue();
        assertThat(apply(Map.of()).confirmEmail()).isTrue();
        assertThat(apply(Map.of("RAPPORT_EMAIL_CONFIRMATION", "off")).confirmEmail())
                .isFalse();
        assertThat(apply(Map.of("RAPPORT_EMAIL_CONFIRMATION", "off"), "--email-confirmation=required")
                        .confirmEmail())
                .isTrue();
        assertThatThrownBy(() -> apply(Map.of(), "--email-confirmation=maybe"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("required or off");
    }
}
