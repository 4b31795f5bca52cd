package social.rapport.media.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import social.rapport.processing.AvProcessor;
import social.rapport.processing.MediaLimits;
import social.rapport.processing.MediaProcessing;
import social.rapport.processing.Processed;

/**
 * `rapport bench media`: the time to process one photo (recognise, decode, turn upright, fit,
 * write the original and the preview, blurhash) for JPEGs of several sizes generated in memory,
 * and, in the same run on the same files, a plain ImageIO decode and JPEG encode as the baseline;
 * then the throughput of serving media files through the real HTTP server ({@link ServeBench}),
 * against `/health` in the same run.
 */
@Command(
        name = "media",
        mixinStandardHelpOptions = true,
        description = "Photo processing time per image size, against a plain ImageIO decode and encode; the"
                + " throughput of serving media files over HTTP, against /health.")
public final class MediaBenchCommand implements Callable<Integer> {
    @Option(
            names = "--megapixels",
            split = ",",
            description = "sizes of the generated 4:3 JPEGs (default ${DEFAULT-VALUE})")
    int[] megapixels = {1, 4, 12, 24};

    @Option(names = "--runs", description = "timed runs per size, after one untimed (default ${DEFAULT-VALUE})")
    int runs = 7;

    @Option(names = "--target-ms", description = "the target for a 12-megapixel JPEG (default ${DEFAULT-VALUE})")
    long targetMs = 1000;

    @Option(names = "--clients", description = "concurrent clients serving files (default ${DEFAULT-VALUE})")
    int clients = 8;

    @Option(
            names = "--serve-seconds",
            description = "measured seconds per address served, after 2 of warm-up (default ${DEFAULT-VALUE})")
    int serveSeconds = 10;

    @Option(names = "--serve-megapixels", description = "size of the photo served (default ${DEFAULT-VALUE})")
    int serveMegapixels = 1;

    @Option(names = "--video", description = "also time a 10-second 720p clip through ffmpeg")
    boolean video;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        // The access log would cost the serving part a line per request; the timeline bench does the same.
        System.setProperty("org.slf4j.simpleLogger.log.rapport.access", "warn");
        ObjectNode out = json.createObjectNode();
        out.put("benchmark", "media");
        ObjectNode machine = out.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("load_average_at_start", loadAverage());
        out.putObject("parameters").put("runs", runs).put("target_ms_12_megapixels", targetMs);

        Path dir = Files.createTempDirectory("rapport-bench-media");
        // Processing one file at a time; the size limit lifted so that every generated size is taken.
        MediaProcessing processing =
                new MediaProcessing(new NoAv(), MediaLimits.defaults().withMaxImageBytes(Long.MAX_VALUE / 2));
        ArrayNode sizes = out.putArray("images");
        Double twelve = null;
        try {
            for (int mp : megapixels) {
                int width = (int) Math.round(Math.sqrt(mp * 1_000_000.0 * 4 / 3));
                int height = width * 3 / 4;
                System.err.printf("%d MP: generating %d×%d%n", mp, width, height);
                Path upload = dir.resolve(mp + "mp.jpg");
                ImageIO.write(photoLike(width, height, mp), "jpeg", upload.toFile());
                ObjectNode row = sizes.addObject();
                row.put("megapixels", mp).put("width", width).put("height", height);
                row.put("jpeg_bytes", Files.size(upload));

                double[] ours = new double[runs];
                double[] plain = new double[runs];
                Processed last = null;
                for (int run = -1; run < runs; run++) {
                    Path work = Files.createDirectory(dir.resolve("work-" + mp + "-" + (run + 1)));
                    long started = System.nanoTime();
                    last = processing.process(upload, "image/jpeg", "photo.jpg", work);
                    double oursMs = (System.nanoTime() - started) / 1e6;
                    started = System.nanoTime();
                    BufferedImage decoded = ImageIO.read(upload.toFile());
                    ImageIO.write(decoded, "jpeg", work.resolve("baseline.jpg").toFile());
                    double plainMs = (System.nanoTime() - started) / 1e6;
                    if (run >= 0) {
                        ours[run] = oursMs;
                        plain[run] = plainMs;
                    }
                    if (run < runs - 1) {
                        deleteTree(work);
                    }
                }
                row.set("rapport_ms", summary(ours));
                row.set("baseline_imageio_decode_encode_ms", summary(plain));
                row.put(
                        "original",
                        last.original().width() + "×" + last.original().height());
                row.put("original_bytes", last.original().size());
                row.put("small", last.small().width() + "×" + last.small().height());
                if (mp == 12) {
                    twelve = percentile(ours, 0.5);
                }
                System.err.printf(
                        "%d MP: median %.0f ms (baseline %.0f ms)%n",
                        mp, percentile(ours, 0.5), percentile(plain, 0.5));
            }
            System.err.printf("serving: %d clients, %d s per address%n", clients, serveSeconds);
            out.set(
                    "serving",
                    ServeBench.run(
                            Files.createDirectory(dir.resolve("server")), clients, serveSeconds, serveMegapixels));
            if (video) out.set("video", VideoBench.run(Files.createDirectory(dir.resolve("video"))));
        } finally {
            deleteTree(dir);
        }
        if (twelve != null) {
            out.putObject("target")
                    .put("median_ms_12_megapixels", Math.round(twelve))
                    .put("target_ms", targetMs)
                    .put("met", twelve <= targetMs);
        }
        machine.put("load_average_at_end", loadAverage());
        System.out.println(json.writeValueAsString(out));
        return 0;
    }

    /** Smooth gradients with fine grain, so that its JPEG is about the size of a photo's. */
    static BufferedImage photoLike(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(24);
                int r = Math.min(255, x * 200 / width + grain);
                int g = Math.min(255, y * 200 / height + grain);
                int b = Math.min(255, ((x + y) * 120 / (width + height)) + 60 + grain);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private ObjectNode summary(double[] millis) {
        ObjectNode node = json.createObjectNode();
        node.put("median", Math.round(percentile(millis, 0.5)));
        node.put("p95", Math.round(percentile(millis, 0.95)));
        node.put("min", Math.round(percentile(millis, 0.0)));
        return node;
    }

    /** Nearest rank; q = 0 gives the least. */
    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Photos only: nothing here goes to ffmpeg. */
    private static final class NoAv implements AvProcessor {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Processed gif(Path upload, Path workDir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Processed av(Path upload, String sniffed, Path workDir) {
            throw new UnsupportedOperationException();
        }
    }
}
