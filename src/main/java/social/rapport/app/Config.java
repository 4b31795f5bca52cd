package social.rapport.app;

import java.nio.file.Path;
import java.time.Duration;
import social.rapport.files.S3Settings;
import social.rapport.limits.LimitNumbers;
import social.rapport.mail.MailSettings;

/**
 * How this server runs. Built from command-line options and RAPPORT_* environment variables;
 * everything has a default that suits a laptop. Media files live in the data folder unless `s3`
 * names an S3-compatible object store; mail goes through the SMTP server `mail` names, else into
 * .eml files in the data folder.
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String publicUrl,
        Duration sessionIdle,
        boolean trustProxy,
        RateLimits rateLimits,
        String sourceUrl,
        S3Settings s3,
        MailSettings mail,
        boolean confirmEmail) {

    /**
     * Mastodon's published defaults; each may be changed by configuration. Pages count per account
     * when signed in and per address otherwise, over the API's window.
     */
    public record RateLimits(
            int signInPerIp,
            Duration signInIpWindow,
            int signInPerAccount,
            Duration signInAccountWindow,
            int signUpPerIp,
            Duration signUpWindow,
            int apiPerAccount,
            int apiPerIp,
            Duration apiWindow,
            int pagesPerAccount,
            int pagesPerIp)
            implements LimitNumbers {
        public static RateLimits defaults() {
            return new RateLimits(
                    25,
                    Duration.ofMinutes(5),
                    25,
                    Duration.ofHours(1),
                    5,
                    Duration.ofMinutes(30),
                    1500,
                    300,
                    Duration.ofMinutes(5),
                    1500,
                    300);
        }

        /** Pages get the same numbers as the API. */
        public RateLimits(
                int signInPerIp,
                Duration signInIpWindow,
                int signInPerAccount,
                Duration signInAccountWindow,
                int signUpPerIp,
                Duration signUpWindow,
                int apiPerAccount,
                int apiPerIp,
                Duration apiWindow) {
            this(
                    signInPerIp,
                    signInIpWindow,
                    signInPerAccount,
                    signInAccountWindow,
                    signUpPerIp,
                    signUpWindow,
                    apiPerAccount,
                    apiPerIp,
                    apiWindow,
                    apiPerAccount,
                    apiPerIp);
        }

        public RateLimits withPages(int perAccount, int perIp) {
            return new RateLimits(
                    signInPerIp,
                    signInIpWindow,
                    signInPerAccount,
                    signInAccountWindow,
                    signUpPerIp,
                    signUpWindow,
                    apiPerAccount,
                    apiPerIp,
                    apiWindow,
                    perAccount,
                    perIp);
        }
    }

    public static Config defaults() {
        return new Config(
                "0.0.0.0",
                8080,
                Path.of("data"),
                null,
                null,
                Duration.ofDays(30),
                false,
                RateLimits.defaults(),
                "",
                null,
                null,
                true);
    }

    /** The database URL: the one given, else an SQLite file in the data folder. */
    public String jdbcUrl() {
        return dbUrl != null && !dbUrl.isBlank()
                ? dbUrl
                : "jdbc:sqlite:" + dataDir.resolve("rapport.db").toAbsolutePath();
    }

    /** The address people use to reach this server, for links and discovery documents. */
    public String baseUrl() {
        if (publicUrl != null && !publicUrl.isBlank()) return publicUrl.replaceAll("/+$", "");
        return "http://localhost:" + port;
    }

    /** The domain part of handles (user@domain), taken from the public address. */
    public String domain() {
        String u = baseUrl().replaceFirst("^https?://", "");
        int slash = u.indexOf('/');
        return slash < 0 ? u : u.substring(0, slash);
    }

    public Config withPort(int p) {
        return new Config(
                host,
                p,
                dataDir,
                dbUrl,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s3,
                mail,
                confirmEmail);
    }

    public Config withDataDir(Path d) {
        return new Config(
                host,
                port,
                d,
                dbUrl,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s3,
                mail,
                confirmEmail);
    }

    public Config withDbUrl(String u) {
        return new Config(
                host,
                port,
                dataDir,
                u,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s3,
                mail,
                confirmEmail);
    }

    public Config withHost(String h) {
        return new Config(
                h,
                port,
                dataDir,
                dbUrl,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s3,
                mail,
                confirmEmail);
    }

    public Config withPublicUrl(String u) {
        return new Config(
                host, port, dataDir, dbUrl, u, sessionIdle, trustProxy, rateLimits, sourceUrl, s3, mail, confirmEmail);
    }

    public Config withTrustProxy(boolean t) {
        return new Config(
                host, port, dataDir, dbUrl, publicUrl, sessionIdle, t, rateLimits, sourceUrl, s3, mail, confirmEmail);
    }

    public Config withRateLimits(RateLimits r) {
        return new Config(
                host, port, dataDir, dbUrl, publicUrl, sessionIdle, trustProxy, r, sourceUrl, s3, mail, confirmEmail);
    }

    /** Where the source of the software this server runs is published, as instance v2's `source_url`. */
    public Config withSourceUrl(String u) {
        return new Config(
                host, port, dataDir, dbUrl, publicUrl, sessionIdle, trustProxy, rateLimits, u, s3, mail, confirmEmail);
    }

    /** Media in an S3-compatible object store; null keeps them in the data folder. */
    public Config withS3(S3Settings s) {
        return new Config(
                host,
                port,
                dataDir,
                dbUrl,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s,
                mail,
                confirmEmail);
    }

    public Config withSessionIdle(Duration d) {
        return new Config(
                host, port, dataDir, dbUrl, publicUrl, d, trustProxy, rateLimits, sourceUrl, s3, mail, confirmEmail);
    }

    /** Mail through an SMTP server; null writes it as .eml files in the data folder. */
    public Config withMail(MailSettings m) {
        return new Config(
                host,
                port,
                dataDir,
                dbUrl,
                publicUrl,
                sessionIdle,
                trustProxy,
                rateLimits,
                sourceUrl,
                s3,
                m,
                confirmEmail);
    }

    /** Where mail is written when no SMTP server is configured. */
    public java.nio.file.Path mailFolder() {
        return dataDir.resolve("mail");
    }

    /**
     * Whether sign-ups in the open registration mode wait until their email address is confirmed
     * through a mailed link (the default); off lets them in at once.
     */
    public Config withConfirmEmail(boolean c) {
        return new Config(
                host, port, dataDir, dbUrl, publicUrl, sessionIdle, trustProxy, rateLimits, sourceUrl, s3, mail, c);
    }
}
