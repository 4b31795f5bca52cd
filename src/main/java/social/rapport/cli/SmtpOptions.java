package social.rapport.cli;

import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import social.rapport.app.Config;
import social.rapport.mail.MailSettings;

/**
 * Where outgoing mail goes: an SMTP server when a host is given, else .eml files in the data folder.
 * Each option falls back to its RAPPORT_SMTP_* environment variable; the password is better given
 * there than on a command line others can see.
 */
final class SmtpOptions {
    @Option(
            names = "--smtp-host",
            description = "SMTP server for outgoing mail (env RAPPORT_SMTP_HOST; default: mail written as .eml"
                    + " files in the data folder's mail folder)")
    String host;

    @Option(names = "--smtp-port", description = "SMTP port (env RAPPORT_SMTP_PORT; default 587, 465 for tls)")
    Integer port;

    @Option(
            names = "--smtp-security",
            description = "starttls (required), tls or none (env RAPPORT_SMTP_SECURITY, default starttls)")
    String security;

    @Option(names = "--smtp-user", description = "SMTP user name (env RAPPORT_SMTP_USER)")
    String user;

    @Option(names = "--smtp-password", description = "SMTP password (env RAPPORT_SMTP_PASSWORD)")
    String password;

    @Option(names = "--smtp-from", description = "The sender of outgoing mail (env RAPPORT_SMTP_FROM)")
    String from;

    @Option(
            names = "--email-confirmation",
            description = "required: sign-ups in the open registration mode wait until their email address is"
                    + " confirmed through a mailed link; off: they are let in at once (env"
                    + " RAPPORT_EMAIL_CONFIRMATION, default required)")
    String confirmation;

    Config apply(Config c) {
        return apply(c, System::getenv);
    }

    Config apply(Config c, UnaryOperator<String> env) {
        String confirm = pick(confirmation, env.apply("RAPPORT_EMAIL_CONFIRMATION"));
        if (confirm != null) {
            switch (confirm.toLowerCase(java.util.Locale.ROOT)) {
                case "required" -> c = c.withConfirmEmail(true);
                case "off" -> c = c.withConfirmEmail(false);
                default ->
                    throw new CommandLine.ParameterException(
                            new CommandLine(new ServeCommand()),
                            "email confirmation must be required or off, not " + confirm);
            }
        }
        String h = pick(host, env.apply("RAPPORT_SMTP_HOST"));
        if (h == null) return c;
        try {
            String p = pick(port == null ? null : port.toString(), env.apply("RAPPORT_SMTP_PORT"));
            int portNumber;
            try {
                portNumber = p == null ? 0 : Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the SMTP port must be a number, not " + p);
            }
            return c.withMail(new MailSettings(
                    h,
                    portNumber,
                    MailSettings.Security.parse(pick(security, env.apply("RAPPORT_SMTP_SECURITY"))),
                    pick(user, env.apply("RAPPORT_SMTP_USER")),
                    password != null ? password : env.apply("RAPPORT_SMTP_PASSWORD"),
                    pick(from, env.apply("RAPPORT_SMTP_FROM"))));
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(new CommandLine(new ServeCommand()), ex.getMessage());
        }
    }

    private static String pick(String option, String env) {
        String v = option != null ? option : env;
        return v == null || v.isBlank() ? null : v.trim();
    }
}
