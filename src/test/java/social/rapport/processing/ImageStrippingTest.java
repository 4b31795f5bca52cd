package social.rapport.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phone photo's metadata (GPS, camera, serial, thumbnail, XMP, comments) never reaches a rendition. */
class ImageStrippingTest {
    private static final String SERIAL = "SN-4815162342";
    private static final String MAKE = "RapportCam";
    private static final String MODEL = "Model-X100";

    @TempDir
    Path dir;

    private final MediaProcessing processing = new MediaProcessing(new RecordingAv(true));

    @Test
    void no_metadata_survives_and_the_orientation_is_applied() throws IOException {
        byte[] thumbnail = TestImages.withSegments(
                TestImages.encode(TestImages.corners(32, 24, BufferedImage.TYPE_INT_RGB), "jpeg"),
                TestImages.comment("THUMBNAIL-SECRET"));
        byte[] photo = TestImages.withSegments(
                TestImages.encode(TestImages.corners(1200, 800, BufferedImage.TYPE_INT_RGB), "jpeg"),
                TestImages.exif(6, MAKE, MODEL, SERIAL, thumbnail),
                TestImages.xmp("XMP-SECRET"),
                TestImages.comment("COMMENT-SECRET"));
        Path upload = write("photo.jpg", photo);
        Path work = Files.createDirectory(dir.resolve("work"));

        Processed processed = processing.process(upload, "image/jpeg", "photo.jpg", work);

        assertThat(processed.kind()).isEqualTo(MediaKind.IMAGE);
        for (Rendition rendition : new Rendition[] {processed.original(), processed.small()}) {
            byte[] out = Files.readAllBytes(rendition.file());
            assertThat(rendition.contentType()).isEqualTo("image/jpeg");
            assertThat(rendition.size()).isEqualTo(out.length);
            for (String secret : new String[] {
                "Exif", SERIAL, MAKE, MODEL, "THUMBNAIL-SECRET", "XMP-SECRET", "COMMENT-SECRET", "ns.adobe.com"
            }) {
                assertThat(TestImages.contains(out, TestImages.bytes(secret)))
                        .as("%s in %s", secret, rendition.file().getFileName())
                        .isFalse();
            }
            assertThat(TestImages.contains(out, TestImages.latitudeRationals())).isFalse();
            assertThat(TestImages.contains(out, thumbnail)).isFalse();
        }

        // Orientation 6: the stored picture is turned a quarter clockwise to be upright.
        assertThat(processed.original().width()).isEqualTo(800);
        assertThat(processed.original().height()).isEqualTo(1200);
        BufferedImage upright = ImageIO.read(processed.original().file().toFile());
        assertThat(upright.getWidth()).isEqualTo(800);
        assertThat(colour(upright.getRGB(upright.getWidth() - 10, 10))).isEqualTo("red");
        assertThat(colour(upright.getRGB(10, upright.getHeight() - 10))).isEqualTo("blue");
        assertThat(colour(upright.getRGB(10, 10))).isEqualTo("green");
        assertThat(processed.small().width()).isLessThanOrEqualTo(640);
        assertThat(processed.small().height()).isEqualTo(640);
    }

    @Test
    void a_profile_picture_keeps_no_metadata_either_and_is_upright() throws IOException {
        byte[] photo = TestImages.withSegments(
                TestImages.encode(TestImages.corners(1200, 800, BufferedImage.TYPE_INT_RGB), "jpeg"),
                TestImages.exif(6, MAKE, MODEL, SERIAL, new byte[] {1, 2, 3}),
                TestImages.comment("COMMENT-SECRET"));
        Path work = Files.createDirectory(dir.resolve("work"));

        Processed header = processing.profileImage(write("me.jpg", photo), ProfileShape.HEADER, work);

        byte[] out = Files.readAllBytes(header.original().file());
        for (String secret : new String[] {"Exif", SERIAL, MAKE, MODEL, "COMMENT-SECRET"}) {
            assertThat(TestImages.contains(out, TestImages.bytes(secret)))
                    .as(secret)
                    .isFalse();
        }
        assertThat(TestImages.contains(out, TestImages.latitudeRationals())).isFalse();
        // Upright the photo is 800 × 1200; the header is cut from its middle, where it is green.
        BufferedImage picture = ImageIO.read(header.original().file().toFile());
        assertThat(picture.getWidth()).isEqualTo(1500);
        assertThat(colour(picture.getRGB(750, 250))).isEqualTo("green");
        assertThat(header.blurhash()).hasSize(36);
    }

    static String colour(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r > 200 && g < 60 && b < 60) {
            return "red";
        }
        if (b > 200 && r < 60 && g < 60) {
            return "blue";
        }
        if (g > 200 && r < 60 && b < 60) {
            return "green";
        }
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
