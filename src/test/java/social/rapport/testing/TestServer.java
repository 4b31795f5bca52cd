package social.rapport.testing;

import java.nio.file.Files;
import java.time.Clock;
import social.rapport.app.App;
import social.rapport.app.Config;

/** A real server on a free port over a fresh database, for API and browser tests. */
public final class TestServer implements AutoCloseable {
    private final TestDb.Fresh fresh;
    private App app;
    private Http http;
    private final Clock clock;
    private boolean closed;

    private TestServer(TestDb.Fresh fresh, App app, Clock clock) {
        this.fresh = fresh;
        this.app = app;
        this.clock = clock;
        this.http = new Http("http://localhost:" + app.port());
    }

    public static TestServer start(TestDb db) {
        return start(db, Clock.systemUTC(), c -> c);
    }

    public static TestServer start(TestDb db, Clock clock, java.util.function.UnaryOperator<Config> tweak) {
        TestDb.Fresh fresh = db.fresh();
        try {
            Config c = Config.defaults()
                    .withPort(0)
                    .withHost("127.0.0.1")
                    .withDataDir(Files.createTempDirectory("rapport-data"))
                    .withDbUrl(fresh.url())
                    // Sign-ups are let in at once, as the tests written before confirmation expect; the
                    // tests of confirmation turn it on.
                    .withConfirmEmail(false);
            App app = new App(tweak.apply(c), clock).start();
            return new TestServer(fresh, app, clock);
        } catch (java.io.IOException e) {
            fresh.close();
            throw new IllegalStateException(e);
        }
    }

    public App app() {
        return app;
    }

    public Http http() {
        return http;
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    /**
     * Stops the server and starts a new one on the same database and configuration (on a new port),
     * as after a restart. Stopping runs no pending reactions, so whatever the database holds undone is
     * what a kill would have left.
     */
    public void restart() {
        Config config = app.config();
        app.close();
        app = new App(config, clock).start();
        http = new Http("http://localhost:" + app.port());
    }

    /**
     * Writes these bytes (ISO-8859-1) to the server's socket as they are, below any HTTP client, and
     * reads all it answers until it closes the connection.
     */
    public String sendRaw(String request) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Stops the server and drops its database; a second call does nothing. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        app.close();
        fresh.close();
    }
}
