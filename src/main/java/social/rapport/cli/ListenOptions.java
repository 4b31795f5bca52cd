package social.rapport.cli;

import picocli.CommandLine.Option;
import social.rapport.app.Config;

/** Where a serving command listens and how it is reached, shared by `serve` and `demo`. */
final class ListenOptions {
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

    @Option(
            names = "--source-url",
            description = "Where this server's source is published, shown to apps (env RAPPORT_SOURCE_URL)")
    String sourceUrl;

    Config apply(Config c) {
        c = c.withPort(port != null ? port : ServeCommand.envInt("RAPPORT_PORT", 8080));
        String h = host != null ? host : System.getenv("RAPPORT_HOST");
        if (h != null && !h.isBlank()) c = c.withHost(h);
        String pu = publicUrl != null ? publicUrl : System.getenv("RAPPORT_PUBLIC_URL");
        if (pu != null && !pu.isBlank()) c = c.withPublicUrl(pu);
        if (trustProxy != null ? trustProxy : "true".equalsIgnoreCase(System.getenv("RAPPORT_TRUST_PROXY"))) {
            c = c.withTrustProxy(true);
        }
        String su = sourceUrl != null ? sourceUrl : System.getenv("RAPPORT_SOURCE_URL");
        if (su != null && !su.isBlank()) c = c.withSourceUrl(su.trim());
        return c;
    }
}
