package social.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `rapport demo` is a command of its own, with the options of `serve`; nothing here opens a database. */
class DemoCommandTest {
    @Test
    void helpListsTheServeOptions() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("demo", "--help");
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Usage: rapport demo", "--port", "--data", "--db", "--public-url", "demo story");
    }

    @Test
    void theTopLevelHelpNamesIt() {
        StringWriter out = new StringWriter();
        new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(out.toString()).contains("demo");
    }
}
