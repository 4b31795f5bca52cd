package social.rapport.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import social.rapport.app.App;
import social.rapport.app.Config;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the server until Ctrl-C or SIGTERM.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options = new ServerOptions();

    @Option(names = "--port", description = "HTTP port (env RAPPORT_PORT, default 8080)")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (env RAPPORT_HOST, default 0.0.0.0)")
    String host;

    @Option(
            names = "--public-url",
            description = "The address people use, e.g. https://rapport.example (env RAPPORT_PUBLIC_URL)")
    String publicUrl;

    @Option(
            names = "--trust-proxy",
            description = "Trust X-Forwarded-For/-Proto from a reverse proxy (env RAPPORT_TRUST_PROXY)")
    Boolean trustProxy;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config c = options.apply(Config.defaults());
        c = c.withPort(port != null ? port : envInt("RAPPORT_PORT", 8080));
        String h = host != null ? host : System.getenv("RAPPORT_HOST");
        if (h != null && !h.isBlank()) c = c.withHost(h);
        String pu = publicUrl != null ? publicUrl : System.getenv("RAPPORT_PUBLIC_URL");
        if (pu != null && !pu.isBlank()) c = c.withPublicUrl(pu);
        if (trustProxy != null ? trustProxy : "true".equalsIgnoreCase(System.getenv("RAPPORT_TRUST_PROXY"))) {
            c = c.withTrustProxy(true);
        }
        App app = new App(c, Clock.systemUTC()).start();
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
        String shown = c.publicUrl() != null ? c.baseUrl() : "http://localhost:" + app.port();
        System.out.println(
                "Rapport is ready at " + shown + " (" + ms + " ms, " + app.db().dialect() + ")");
        stopped.await();
        return 0;
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
