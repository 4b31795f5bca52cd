package social.rapport.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.core.Problem;

/** Formats are told by content, each goes to the right processor, and what cannot be made safe is refused. */
class MediaProcessingTest {
    @TempDir
    Path dir;

    Path work;
    final RecordingAv av = new RecordingAv(true);
    final MediaProcessing processing = new MediaProcessing(av);

    @BeforeEach
    void workDir() throws IOException {
        work = Files.createDirectory(dir.resolve("work"));
    }

    @Test
    void a_png_with_transparency_stays_a_png() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80FF0000);
        Processed processed = process("a.png", TestImages.encode(image, "png"));

        assertThat(processed.original().contentType()).isEqualTo("image/png");
        assertThat(processed.original().extension()).isEqualTo("png");
        assertThat(processed.small().contentType()).isEqualTo("image/png");
        BufferedImage out = ImageIO.read(processed.original().file().toFile());
        assertThat(out.getColorModel().hasAlpha()).isTrue();
        assertThat(out.getRGB(5, 5) >>> 24).isZero();
    }

    @Test
    void an_opaque_png_becomes_a_jpeg() throws IOException {
        Processed processed =
                process("a.png", TestImages.encode(TestImages.corners(300, 200, BufferedImage.TYPE_INT_ARGB), "png"));

        assertThat(processed.original().contentType()).isEqualTo("image/jpeg");
        assertThat(processed.original().extension()).isEqualTo("jpg");
        assertThat(processed.original().width()).isEqualTo(300);
    }

    @Test
    void the_content_decides_not_the_name() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.corners(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg");
        Processed processed = processing.process(write("photo.png", jpeg), "image/png", "photo.png", work);
        assertThat(processed.original().contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void a_cmyk_jpeg_decodes() throws IOException {
        byte[] cmyk = cmykJpeg(120, 80);
        Processed processed = process("cmyk.jpg", cmyk);

        assertThat(processed.original().width()).isEqualTo(120);
        assertThat(processed.original().height()).isEqualTo(80);
        BufferedImage out = ImageIO.read(processed.original().file().toFile());
        assertThat(out.getRGB(10, 40)).as("no ink and full ink differ").isNotEqualTo(out.getRGB(110, 40));
        assertThat(out.getRGB(10, 40) & 0xFFFFFF).isEqualTo(out.getRGB(50, 10) & 0xFFFFFF);
    }

    @Test
    void a_progressive_jpeg_decodes() throws IOException {
        Processed processed =
                process("p.jpg", TestImages.progressiveJpeg(TestImages.corners(320, 240, BufferedImage.TYPE_INT_RGB)));

        BufferedImage out = ImageIO.read(processed.original().file().toFile());
        assertThat(ImageStrippingTest.colour(out.getRGB(5, 5))).isEqualTo("red");
        assertThat(ImageStrippingTest.colour(out.getRGB(315, 235))).isEqualTo("blue");
    }

    @Test
    void a_webp_decodes() throws IOException {
        Processed processed = process("red-blue.webp", resource("red-blue.webp"));

        assertThat(processed.original().contentType()).isEqualTo("image/jpeg");
        assertThat(processed.original().width()).isEqualTo(96);
        BufferedImage out = ImageIO.read(processed.original().file().toFile());
        assertThat(ImageStrippingTest.colour(out.getRGB(5, 5))).isEqualTo("red");
        assertThat(ImageStrippingTest.colour(out.getRGB(90, 60))).isEqualTo("blue");
    }

    @Test
    void a_translucent_webp_becomes_a_png() throws IOException {
        Processed processed = process("t.webp", resource("translucent.webp"));
        assertThat(processed.original().contentType()).isEqualTo("image/png");
    }

    @Test
    void a_still_gif_is_an_image() throws IOException {
        Processed processed =
                process("still.gif", TestImages.encode(TestImages.corners(64, 48, BufferedImage.TYPE_INT_RGB), "gif"));

        assertThat(processed.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(processed.original().width()).isEqualTo(64);
        assertThat(av.calls).isEmpty();
    }

    @Test
    void an_animated_gif_goes_to_the_video_processor() throws IOException {
        Processed processed = process("anim.gif", animatedGif());

        assertThat(processed.kind()).isEqualTo(MediaKind.GIFV);
        assertThat(av.calls).containsExactly("gif");
    }

    @Test
    void video_and_audio_go_to_the_video_processor_with_their_container() throws IOException {
        process("clip.mp4", TestImages.concat(new byte[] {0, 0, 0, 0x18}, TestImages.bytes("ftypisom\0\0\0\0isom")));
        process("song.mp3", TestImages.concat(TestImages.bytes("ID3"), new byte[64]));
        process(
                "a.webm",
                TestImages.concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, TestImages.bytes("webm")));

        assertThat(av.calls).containsExactly("av mp4", "av mp3", "av webm");
    }

    @Test
    void without_ffmpeg_video_is_refused_with_a_reason() throws IOException {
        MediaProcessing withoutAv = new MediaProcessing(new RecordingAv(false));
        Path clip = write("clip.mp4", TestImages.concat(new byte[] {0, 0, 0, 0x18}, TestImages.bytes("ftypisom")));

        Problem problem = refusedBy(() -> withoutAv.process(clip, "video/mp4", "clip.mp4", work));
        assertThat(problem.fields().get("file")).contains("ffmpeg");
    }

    @Test
    void empty_truncated_unknown_and_markup_files_are_refused_and_leave_nothing() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.noise(400, 300, 1), "jpeg");
        byte[] png = TestImages.encode(TestImages.noise(400, 300, 2), "png");
        assertRefused("empty.jpg", "image/jpeg", new byte[0], "empty");
        assertRefused("half.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2), "incomplete");
        assertRefused("half.png", "image/png", Arrays.copyOf(png, png.length / 2), "incomplete");
        assertRefused("notes.txt", "text/plain", TestImages.bytes("just some words"), "not accepted");
        assertRefused("notes.bin", "application/octet-stream", TestImages.bytes("just some words"), "Unsupported");
        assertRefused(
                "a.svg",
                "image/svg+xml",
                TestImages.bytes("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
                "SVG");
        assertRefused(
                "a.bin",
                "application/octet-stream",
                TestImages.bytes("  <svg xmlns='http://www.w3.org/2000/svg'></svg>"),
                "SVG");
        assertRefused("a.html", "text/html", TestImages.bytes("<!doctype html><script>alert(1)</script>"), "Web pages");
        // A real picture that says it is a web page or an SVG is refused all the same.
        assertRefused("photo.jpg", "text/html", jpeg, "Web pages");
        assertRefused("photo.svg", "image/jpeg", jpeg, "SVG");
        assertRefused(
                "photo.heic",
                "image/heic",
                TestImages.concat(new byte[] {0, 0, 0, 0x18}, TestImages.bytes("ftypheic\0\0\0\0mif1heic")),
                "HEIC");
    }

    @Test
    void a_picture_with_a_page_hidden_after_it_keeps_only_its_pixels() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.corners(200, 150, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] polyglot = TestImages.concat(jpeg, TestImages.bytes("<html><script>alert(document.cookie)</script>"));

        Processed processed = process("poly.jpg", polyglot);

        for (Rendition rendition : new Rendition[] {processed.original(), processed.small()}) {
            byte[] out = Files.readAllBytes(rendition.file());
            assertThat(TestImages.contains(out, TestImages.bytes("<script"))).isFalse();
            assertThat(TestImages.contains(out, TestImages.bytes("<html"))).isFalse();
        }
    }

    @Test
    void a_page_behind_a_picture_signature_is_refused() throws IOException {
        byte[] page = TestImages.bytes("<html><script>alert(1)</script></html>");
        assertRefused("a.gif", "image/gif", TestImages.concat(TestImages.bytes("GIF89a"), page), "damaged");
        assertRefused(
                "a.jpg", "image/jpeg", TestImages.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, page), "");
        byte[] gif = TestImages.encode(TestImages.noise(300, 200, 6), "gif");
        assertRefused("half.gif", "image/gif", Arrays.copyOf(gif, gif.length / 2), "");
    }

    @Test
    void grey_sixteen_bit_and_paletted_images_are_taken() throws IOException {
        BufferedImage grey16 = new BufferedImage(120, 90, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(0, 0, 0, 65535);
        Processed grey = process("grey16.png", TestImages.encode(grey16, "png"));
        assertThat(grey.original().contentType()).isEqualTo("image/jpeg");
        assertThat(grey.original().width()).isEqualTo(120);

        BufferedImage paletted = new BufferedImage(120, 90, BufferedImage.TYPE_BYTE_INDEXED);
        Processed indexed = process("indexed.png", TestImages.encode(paletted, "png"));
        assertThat(indexed.original().height()).isEqualTo(90);
    }

    @Test
    void a_pixel_bomb_is_refused_from_its_header() throws IOException {
        byte[] bomb = TestImages.pngHeaderClaiming(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertRefused("bomb.png", "image/png", bomb, "too large");
        assertRefused("tall.png", "image/png", TestImages.pngHeaderClaiming(100, 30_000), "too large");
    }

    @Test
    void a_file_over_the_size_limit_is_refused() throws IOException {
        MediaProcessing small = new MediaProcessing(av, MediaLimits.defaults().withMaxImageBytes(10_000));
        byte[] jpeg = TestImages.encode(TestImages.noise(600, 400, 3), "jpeg");
        assertThat(jpeg.length).isGreaterThan(10_000);
        Path upload = write("big.jpg", jpeg);

        Problem problem = refusedBy(() -> small.process(upload, "image/jpeg", "big.jpg", work));
        assertThat(problem.fields().get("file")).contains("too large");
        assertThat(listing(work)).isEmpty();
    }

    @Test
    void a_file_not_done_within_the_time_limit_is_refused_and_leaves_nothing() throws IOException {
        MediaProcessing hurried =
                new MediaProcessing(av, MediaLimits.defaults().withTimeLimit(java.time.Duration.ZERO));
        Path upload = write("photo.jpg", TestImages.encode(TestImages.noise(400, 300, 5), "jpeg"));

        Problem problem = refusedBy(() -> hurried.process(upload, "image/jpeg", "photo.jpg", work));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.fields().get("file")).contains("too long");
        assertThat(listing(work)).isEmpty();
    }

    @Test
    void a_large_photo_is_made_to_fit_with_a_small_preview_and_a_blurhash() throws IOException {
        Processed processed = process("big.jpg", TestImages.encode(TestImages.noise(8000, 6000, 4), "jpeg"));

        Rendition original = processed.original();
        assertThat(original.width()).isLessThanOrEqualTo(4096);
        assertThat(original.height()).isLessThanOrEqualTo(4096);
        assertThat((long) original.width() * original.height()).isLessThanOrEqualTo(4096L * 4096);
        assertThat((double) original.width() / original.height()).isCloseTo(8000.0 / 6000, within(0.01));
        BufferedImage read = ImageIO.read(original.file().toFile());
        assertThat(read.getWidth()).isEqualTo(original.width());
        assertThat(processed.small().width()).isEqualTo(640);
        assertThat(processed.small().height()).isEqualTo(480);
        assertThat(processed.blurhash()).hasSize(36).matches("[0-9A-Za-z#$%*+,\\-.:;=?@\\[\\]^_{|}~]+");
    }

    @Test
    void profile_pictures_are_cut_from_the_centre_to_their_shape() throws IOException {
        byte[] wide = TestImages.encode(TestImages.corners(900, 300, BufferedImage.TYPE_INT_RGB), "png");
        Processed avatar = processing.profileImage(write("wide.png", wide), ProfileShape.AVATAR, work);
        Processed header = processing.profileImage(write("wide2.png", wide), ProfileShape.HEADER, work);

        assertThat(avatar.original().width()).isEqualTo(400);
        assertThat(avatar.original().height()).isEqualTo(400);
        assertThat(avatar.small()).isNull();
        BufferedImage centre = ImageIO.read(avatar.original().file().toFile());
        assertThat(ImageStrippingTest.colour(centre.getRGB(5, 5))).isEqualTo("green");
        assertThat(header.original().width()).isEqualTo(1500);
        assertThat(header.original().height()).isEqualTo(500);
    }

    @Test
    void an_animated_gif_avatar_is_its_first_frame() throws IOException {
        Processed avatar = processing.profileImage(write("anim.gif", animatedGif()), ProfileShape.AVATAR, work);

        assertThat(av.calls).isEmpty();
        BufferedImage out = ImageIO.read(avatar.original().file().toFile());
        assertThat(ImageStrippingTest.colour(out.getRGB(200, 200))).isEqualTo("red");
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    private void assertRefused(String name, String type, byte[] bytes, String reason) throws IOException {
        Path upload = write(name, bytes);
        Problem problem = refusedBy(() -> processing.process(upload, type, name, work));
        assertThat(problem.status()).as(name).isEqualTo(422);
        assertThat(problem.fields().get("file")).as(name).containsIgnoringCase(reason);
        assertThat(listing(work)).as(name).isEmpty();
        assertThat(av.calls).as(name).isEmpty();
    }

    private static Problem refusedBy(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Problem problem = catchThrowableOfType(Problem.class, call);
        assertThat(problem).isNotNull();
        return problem;
    }

    private Processed process(String name, byte[] bytes) throws IOException {
        return processing.process(write(name, bytes), null, name, work);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MediaProcessingTest.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        }
    }

    private static java.util.List<Path> listing(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        }
    }

    /** Two frames: red, then blue. */
    static byte[] animatedGif() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (Color colour : new Color[] {Color.RED, Color.BLUE}) {
                BufferedImage frame = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, 40, 40);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A four-band (CMYK) JPEG: no ink on the left three quarters, all inks on the right quarter. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] none = {0, 0, 0, 0};
        int[] full = {255, 255, 255, 255};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, x < width * 3 / 4 ? none : full);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
