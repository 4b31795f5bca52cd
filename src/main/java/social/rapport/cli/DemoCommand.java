package social.rapport.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import social.rapport.app.App;
import social.rapport.app.Config;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Serve like `serve`, first filling an empty database with the demo story's people, posts and"
                + " circles. Running it again on the same data adds nothing.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options = new ServerOptions();

    @Mixin
    ListenOptions listen = new ListenOptions();

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Config c = listen.apply(options.apply(Config.defaults()));
        App app = new App(c, Clock.systemUTC()).start();
        boolean made = DemoWorld.fillIfEmpty(app).isPresent();
        return ServeCommand.serveUntilStopped(app, started, () -> System.out.print(greeting(app, made)));
    }

    static String greeting(App app, boolean made) {
        StringBuilder s = new StringBuilder();
        s.append(
                made
                        ? "The demo world was made.\n"
                        : "The database already had accounts, so nothing was added; the"
                                + " accounts below exist only if an earlier `rapport demo` made them.\n");
        s.append("Demo accounts (sign in at ")
                .append(ServeCommand.shownUrl(app))
                .append(" in a browser, or with a Mastodon app pointed at this server):\n");
        for (DemoWorld.Person p : DemoWorld.PEOPLE) {
            s.append(String.format("  @%-6s %s%n", p.handle(), p.role()));
        }
        s.append("Password for all of them (DEMO ONLY, printed here for anyone to read): ")
                .append(DemoWorld.PASSWORD)
                .append('\n');
        return s.toString();
    }
}
