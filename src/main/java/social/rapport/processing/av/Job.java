package social.rapport.processing.av;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload's processing: its deadline, and the files it made in the work folder, so that a
 * refusal removes every one of them.
 */
final class Job {
    private static final Logger LOG = LoggerFactory.getLogger(Job.class);
    private static final int NO_OUTPUT = 0;

    final Path dir;
    final long deadline;
    private final List<Path> files = new ArrayList<>();

    Job(Path dir, long deadline) {
        this.dir = dir;
        this.deadline = deadline;
    }

    /** A new empty file in the work folder, removed again if the job is refused. */
    Path file(String suffix) {
        try {
            Path file = Files.createTempFile(dir, "av-", suffix);
            files.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs ffmpeg; the upload is refused when it fails. */
    void ffmpeg(List<String> command) {
        Programs.Result result = attempt(command);
        if (!result.ok()) {
            LOG.info("ffmpeg refused an upload: {}", result.errors().strip());
            throw FfmpegProcessor.unreadable();
        }
    }

    /** Runs ffmpeg and hands back how it ended. */
    Programs.Result attempt(List<String> command) {
        return Programs.run(command, dir, deadline, NO_OUTPUT);
    }

    void delete(Path file) {
        files.remove(file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}", file.getFileName(), e);
        }
    }

    /** Removes every file the job made. */
    void discard() {
        for (Path file : List.copyOf(files)) delete(file);
    }
}
