package social.rapport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `rapport` command: serve, admin tasks, migrations and benchmarks. */
@Command(
        name = "rapport",
        mixinStandardHelpOptions = true,
        version = "rapport 0.1.0",
        description = "A self-hosted social network with the personal touch.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            DbCommand.class,
            AdminCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
