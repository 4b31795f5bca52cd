package social.rapport.testing;

import java.nio.file.Files;
import java.time.Clock;
import social.rapport.app.App;
import social.rapport.app.Config;

/** A real server on a free port over a fresh database, for API and browser tests. */
public final class TestServer implements AutoCloseable {
    private final TestDb.Fresh fresh;
    private final App app;
    private final Http http;

    private TestServer(TestDb.Fresh fresh, App app) {
        this.fresh = fresh;
        this.app = app;
        this.http = new Http("http://localhost:" + app.port());
    }

    public static TestServer start(TestDb db) { return start(db, Clock.systemUTC(), c -> c); }

    public static TestServer start(TestDb db, Clock clock, java.util.function.UnaryOperator<Config> tweak) {
        TestDb.Fresh fresh = db.fresh();
        try {
            Config c = Config.defaults().withPort(0).withHost("127.0.0.1")
                    .withDataDir(Files.createTempDirectory("rapport-data")).withDbUrl(fresh.url());
            App app = new App(tweak.apply(c), clock).start();
            return new TestServer(fresh, app);
        } catch (java.io.IOException e) {
            fresh.close();
            throw new IllegalStateException(e);
        }
    }

    public App app() { return app; }
    public Http http() { return http; }
    public String baseUrl() { return "http://localhost:" + app.port(); }

    @Override
    public void close() {
        app.close();
        fresh.close();
    }
}
