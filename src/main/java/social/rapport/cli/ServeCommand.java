package social.rapport.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import social.rapport.app.App;
import social.rapport.app.Config;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the server until Ctrl-C or SIGTERM.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options = new ServerOptions();

    @Mixin
    ListenOptions listen = new ListenOptions();

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config c = listen.apply(options.apply(Config.defaults()));
        return serveUntilStopped(new App(c, Clock.systemUTC()).start(), started, () -> {});
    }

    /** Announces the running server, runs what the caller adds to the announcement, and waits for a stop. */
    static int serveUntilStopped(App app, long started, Runnable afterReady) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Rapport stopping");
                            app.close();
                            stopped.countDown();
                        },
                        "rapport-shutdown"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Rapport is ready at " + shownUrl(app) + " (" + ms + " ms, "
                + app.db().dialect() + ")");
        afterReady.run();
        stopped.await();
        return 0;
    }

    static String shownUrl(App app) {
        return app.config().publicUrl() != null ? app.config().baseUrl() : "http://localhost:" + app.port();
    }

    static int envInt(String name, int fallback) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(new ServeCommand()), name + " must be a port number, got: " + v);
        }
    }
}
