package social.rapport.processing.av;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {
    @TempDir
    Path temp;

    @Test
    void a_program_that_writes_much_more_than_is_kept_runs_to_its_end() {
        String script = "head -c 5000000 /dev/zero; head -c 5000000 /dev/zero 1>&2; exit 3";

        Programs.Result result = Programs.run(List.of("/bin/sh", "-c", script), temp, AvFixtures.farAhead(), 1024);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).hasSize(1024);
        assertThat(result.outputCut()).isTrue();
        assertThat(result.errors()).hasSizeLessThanOrEqualTo(4096);
    }

    @Test
    void a_program_past_its_deadline_is_killed_with_what_it_started() throws Exception {
        Path pid = temp.resolve("child");
        String script = "sleep 300 & echo $! > child.tmp; mv child.tmp child; wait";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);

        assertThatThrownBy(() -> Programs.run(List.of("/bin/sh", "-c", script), temp, deadline, 0))
                .isInstanceOf(Programs.TimedOut.class);

        assertThat(pid).exists();
        long child = Long.parseLong(Files.readString(pid).trim());
        ProcessHandle.of(child)
                .ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void a_program_gets_an_empty_environment() {
        Programs.Result result = Programs.run(List.of("/usr/bin/env"), temp, AvFixtures.farAhead(), 4096);

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEmpty();
    }
}
