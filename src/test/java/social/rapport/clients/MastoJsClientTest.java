package social.rapport.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;

/**
 * A real Mastodon client library (masto.js, installed from the package registry by clients/mastojs's own
 * package files) drives the server as an app does: see clients/mastojs/check.mjs for the steps.
 */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class MastoJsClientTest {
    static final Path DIR = Path.of("clients", "mastojs");

    @Parameter
    TestDb testDb;

    TestServer server;

    @BeforeEach
    void start() throws IOException {
        // Apps find the streaming address in the instance entity, so the server must know its own address.
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int chosen = port;
        server = TestServer.start(
                testDb, Clock.systemUTC(), c -> c.withPort(chosen).withPublicUrl("http://127.0.0.1:" + chosen));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static synchronized void install() throws IOException, InterruptedException {
        if (Files.isDirectory(DIR.resolve("node_modules/masto"))) return;
        Run r = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        assertThat(r.code).as("npm ci in clients/mastojs:\n" + r.output).isZero();
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
    void masto_js_signs_up_signs_in_posts_follows_and_streams() throws Exception {
        install();
        Run r = run(List.of("node", "check.mjs", server.app().config().baseUrl()), 180);
        assertThat(r.output).as(r.output).containsPattern("(?m)^\\d+ passed, 0 failed$");
        assertThat(r.output).doesNotContain("FAIL");
        assertThat(r.code).as(r.output).isZero();
    }
}
