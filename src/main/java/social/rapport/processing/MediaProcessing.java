package social.rapport.processing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Problem;
import social.rapport.processing.image.ImageProcessor;

/**
 * The one door for uploads: recognises a file by its first bytes, refuses what cannot be made safe
 * (a 422 on `file`, nothing left in the work directory), and hands images to the
 * {@link ImageProcessor} and video, audio and animated GIFs to the {@link AvProcessor}.
 *
 * <p>The content decides the format; a declared type or a name from the markup and script family
 * (HTML, SVG, XML, JavaScript, any text) is refused whatever the bytes, since only a confused or
 * hostile client sends those with a picture. Images are decoded at most `concurrency` at a time,
 * each within the time limit: a file still being decoded then is abandoned with a 422.
 */
public final class MediaProcessing implements MediaProcessor {
    private static final Logger log = LoggerFactory.getLogger(MediaProcessing.class);
    private static final Set<String> MARKUP_EXTENSIONS =
            Set.of("html", "htm", "xhtml", "xht", "shtml", "svg", "svgz", "xml", "js", "mjs");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AvProcessor av;
    private final MediaLimits limits;
    private final ImageProcessor images;
    private final Semaphore permits;
    private final ExecutorService workers;

    public MediaProcessing(AvProcessor av, MediaLimits limits) {
        this.av = av;
        this.limits = limits;
        this.images = new ImageProcessor(limits);
        this.permits = new Semaphore(limits.concurrency());
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "media-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public MediaProcessing(AvProcessor av) {
        this(av, MediaLimits.defaults());
    }

    public MediaLimits limits() {
        return limits;
    }

    @Override
    public Processed process(Path upload, String declaredType, String fileName, Path workDir) {
        refuseMarkupLabels(declaredType, fileName);
        long size = sizeOf(upload);
        FileFormat format = sniff(upload);
        switch (format.family()) {
            case IMAGE -> {
                checkSize(size, limits.maxImageBytes());
                if (format == FileFormat.GIF && images.gifFrames(upload) > 1) {
                    return viaAv(() -> av.gif(upload, workDir));
                }
                return bounded(deadline -> images.image(upload, format, workDir, deadline));
            }
            case AV -> {
                checkSize(size, limits.maxAvBytes());
                return viaAv(() -> av.av(upload, format.sniffedName(), workDir));
            }
            default -> throw refusal(format);
        }
    }

    /**
     * A profile picture: the centre of the image cut to the shape and scaled to its exact size, with
     * no metadata; an animated GIF gives its first frame. `small` is null.
     */
    public Processed profileImage(Path upload, ProfileShape shape, Path workDir) {
        long size = sizeOf(upload);
        FileFormat format = sniff(upload);
        if (format.family() != FileFormat.Family.IMAGE) {
            throw format.family() == FileFormat.Family.AV
                    ? Problem.invalid("file", "A profile picture must be an image (JPEG, PNG, WebP or GIF)")
                    : refusal(format);
        }
        checkSize(size, limits.maxImageBytes());
        return bounded(deadline -> images.profile(upload, format, shape, workDir, deadline));
    }

    /** The format the file starts with (its first {@link FileFormat#HEAD_BYTES} bytes). */
    public static FileFormat sniff(Path upload) {
        try (InputStream in = Files.newInputStream(upload)) {
            byte[] head = in.readNBytes(FileFormat.HEAD_BYTES);
            if (head.length == 0) {
                throw Problem.invalid("file", "The file is empty");
            }
            return FileFormat.sniff(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Processed viaAv(java.util.function.Supplier<Processed> work) {
        if (!av.available()) {
            throw Problem.invalid("file", "Video and audio need ffmpeg on the server, which this server does not have");
        }
        return work.get();
    }

    private Processed bounded(Function<Deadline, Processed> work) {
        long limitNanos = limits.timeLimit().toNanos();
        try {
            if (!permits.tryAcquire(limitNanos, TimeUnit.NANOSECONDS)) {
                throw Problem.busy(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy(5);
        }
        Deadline deadline = Deadline.after(limits.timeLimit());
        CompletableFuture<Processed> result = new CompletableFuture<>();
        try {
            workers.execute(() -> {
                try {
                    Processed processed = work.apply(deadline);
                    if (!result.complete(processed)) {
                        delete(processed);
                    }
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    permits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            permits.release();
            throw Problem.busy(5);
        }
        try {
            return result.get(limitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            deadline.expire();
            result.cancel(false);
            throw Deadline.tooSlow();
        } catch (InterruptedException e) {
            deadline.expire();
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw Deadline.tooSlow();
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof Problem problem) {
            return problem;
        }
        if (cause instanceof OutOfMemoryError) {
            log.warn("An image needed more memory than the server has: refused");
            return Problem.invalid("file", "The image is too large to process");
        }
        log.warn("An image could not be processed", cause);
        return Problem.invalid("file", "The image could not be processed");
    }

    private static void delete(Processed processed) {
        for (Rendition rendition : new Rendition[] {processed.original(), processed.small()}) {
            if (rendition != null) {
                try {
                    Files.deleteIfExists(rendition.file());
                } catch (IOException ignored) {
                    // left in the work directory, which its owner removes
                }
            }
        }
    }

    private static long sizeOf(Path upload) {
        try {
            long size = Files.size(upload);
            if (size == 0) {
                throw Problem.invalid("file", "The file is empty");
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSize(long size, long max) {
        if (size > max) {
            throw Problem.invalid("file", "The file is too large (at most " + max / (1024 * 1024) + " MB)");
        }
    }

    private static void refuseMarkupLabels(String declaredType, String fileName) {
        String type = declaredType == null
                ? ""
                : declaredType.toLowerCase(Locale.ROOT).trim();
        boolean markupType = type.startsWith("text/")
                || type.contains("html")
                || type.contains("svg")
                || type.contains("xml")
                || type.contains("javascript")
                || type.contains("ecmascript");
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        int dot = name.lastIndexOf('.');
        boolean markupName = dot >= 0 && MARKUP_EXTENSIONS.contains(name.substring(dot + 1));
        if (markupType || markupName) {
            throw Problem.invalid(
                    "file", "Web pages, SVG and scripts are not accepted; upload a photo, video or audio");
        }
    }

    private static Problem refusal(FileFormat format) {
        return switch (format) {
            case HEIF ->
                Problem.invalid(
                        "file", "HEIC and AVIF images are not supported yet; please upload a JPEG, PNG, WebP or GIF");
            case MARKUP ->
                Problem.invalid("file", "Web pages, SVG and scripts are not accepted; upload a photo, video or audio");
            default ->
                Problem.invalid(
                        "file", "Unsupported file type; upload a JPEG, PNG, WebP or GIF image, a video or audio");
        };
    }
}
