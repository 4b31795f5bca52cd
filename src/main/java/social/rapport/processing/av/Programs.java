package social.rapport.processing.av;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program from an argument list (never through a shell), with an empty
 * environment, no input, both outputs drained as it runs (so a chatty program never blocks on a full
 * pipe), and a deadline after which the program and everything it started are killed.
 */
final class Programs {
    /** What a finished program left: its exit code, its output (up to the limit) and its last error lines. */
    record Result(int exitCode, byte[] output, boolean outputCut, String errors) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** The deadline passed before the program ended; it has been killed. */
    static final class TimedOut extends RuntimeException {
        TimedOut() {
            super("the program ran past its deadline", null, false, false);
        }
    }

    private static final int ERRORS_KEPT = 4096;

    private Programs() {}

    /**
     * Runs `command` in `dir` until it ends or `deadlineNanos` (a {@link System#nanoTime()} value)
     * passes. Keeps at most `outputLimit` bytes of its standard output.
     */
    static Result run(List<String> command, Path dir, long deadlineNanos, int outputLimit) {
        if (System.nanoTime() - deadlineNanos >= 0) throw new TimedOut();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing to tell a program that reads no input
        }
        Drain out = new Drain(process.getInputStream(), outputLimit, false);
        Drain err = new Drain(process.getErrorStream(), ERRORS_KEPT, true);
        out.start();
        err.start();
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
                kill(process);
                throw new TimedOut();
            }
            out.join(TimeUnit.SECONDS.toMillis(5));
            err.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        }
        return new Result(process.exitValue(), out.bytes(), out.cut(), err.text());
    }

    /** Kills the process and every process it started, and waits briefly for them to go. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a stream to its end on its own thread, keeping the first `limit` bytes (or, for error
     * text, the last `limit` bytes), and reading on past them so the program never blocks.
     */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final int limit;
        private final boolean keepLast;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean cut;

        Drain(InputStream in, int limit, boolean keepLast) {
            super("program-output");
            setDaemon(true);
            this.in = in;
            this.limit = limit;
            this.keepLast = keepLast;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (kept) {
                        keep(buffer, n);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed; what was read is kept
            }
        }

        private void keep(byte[] buffer, int n) {
            if (keepLast) {
                kept.write(buffer, 0, n);
                if (kept.size() > 2 * limit) {
                    byte[] all = kept.toByteArray();
                    kept.reset();
                    kept.write(all, all.length - limit, limit);
                }
                return;
            }
            int room = limit - kept.size();
            if (n > room) cut = true;
            kept.write(buffer, 0, Math.max(0, Math.min(n, room)));
        }

        byte[] bytes() {
            synchronized (kept) {
                return kept.toByteArray();
            }
        }

        boolean cut() {
            return cut;
        }

        String text() {
            byte[] all = bytes();
            int from = Math.max(0, all.length - limit);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        }
    }
}
