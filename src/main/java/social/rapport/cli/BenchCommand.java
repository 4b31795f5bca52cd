package social.rapport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import social.rapport.graph.bench.GraphBenchCommand;
import social.rapport.media.bench.MediaBenchCommand;
import social.rapport.notify.bench.StreamBenchCommand;
import social.rapport.timeline.bench.TimelineBenchCommand;

/** `rapport bench …`: benchmarks that print JSON, each with its baseline measured in the same run. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: each prints one JSON document with its baseline from the same run.",
        subcommands = {
            GraphBenchCommand.class,
            TimelineBenchCommand.class,
            PrivacyBenchCommand.class,
            MemoryBenchCommand.class,
            StreamBenchCommand.class,
            MediaBenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
