package social.rapport.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;

/**
 * Real Mastodon client libraries (masto.js and megalodon, installed by clients/node's own package files)
 * drive the server as apps do: see clients/node/check.mjs for the steps.
 */
@RapportServer
class MastodonClientsTest {
    static final Path DIR = Path.of("clients", "node");

    TestServer server;

    /** Apps find the streaming address in the instance entity, so the server must know its own address. */
    @ServerConfig
    Config ownAddress(Config c) {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.withPort(port).withPublicUrl("http://127.0.0.1:" + port);
    }

    static synchronized void install() throws IOException, InterruptedException {
        // npm writes its own record of an install; one older than the lock file means the lock changed.
        Path installed = DIR.resolve("node_modules/.package-lock.json");
        Path lock = DIR.resolve("package-lock.json");
        if (Files.exists(installed)
                && !Files.getLastModifiedTime(installed)
                        .toInstant()
                        .isBefore(Files.getLastModifiedTime(lock).toInstant())) {
            return;
        }
        Run r = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        assertThat(r.code).as("npm ci in clients/node:\n" + r.output).isZero();
    }

    record Run(int code, String output) {}

    static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("client-check", ".log");
        Process p = new ProcessBuilder(command)
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + seconds + " s:\n" + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(p.exitValue(), out);
    }

    @Test
    void masto_js_and_megalodon_sign_up_sign_in_post_follow_and_stream() throws Exception {
        install();
        Run r = run(List.of("node", "check.mjs", server.app().config().baseUrl()), 180);
        assertThat(r.output).as(r.output).containsPattern("(?m)^\\d+ passed, 0 failed$");
        assertThat(r.output).doesNotContain("FAIL");
        assertThat(r.code).as(r.output).isZero();
    }
}
