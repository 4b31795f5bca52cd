package social.rapport.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import social.rapport.app.Config;
import social.rapport.store.Database;

@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "Database tasks.",
        subcommands = {DbCommand.Migrate.class})
final class DbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending migrations and exit.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        ServerOptions options = new ServerOptions();

        @Override
        public Integer call() {
            Config c = options.apply(Config.defaults());
            try (Database db = Database.open(c.jdbcUrl(), Clock.systemUTC())) {
                db.migrate();
                System.out.println("Migrations applied (" + db.dialect() + ")");
            }
            return 0;
        }
    }
}
