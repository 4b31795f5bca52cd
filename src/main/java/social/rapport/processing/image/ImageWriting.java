package social.rapport.processing.image;

import io.trbl.blurhash.BlurHash;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import social.rapport.processing.Rendition;

/**
 * Writes pixels alone: JPEG (quality 0.85) for opaque images, PNG for images with transparency. No
 * metadata is handed to the writers, so nothing of the upload's EXIF, XMP, ICC profile, comments or
 * thumbnails can reach the file.
 */
final class ImageWriting {
    static final float JPEG_QUALITY = 0.85f;
    private static final int BLURHASH_SIDE = 32;

    private ImageWriting() {}

    static Rendition write(BufferedImage image, boolean alpha, Path workDir, String name) {
        String extension = alpha ? "png" : "jpg";
        Path file = null;
        try {
            file = Files.createTempFile(workDir, name + "-", "." + extension);
            ImageWriter writer =
                    ImageIO.getImageWritersByFormatName(alpha ? "png" : "jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (!alpha) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return new Rendition(
                    file,
                    alpha ? "image/png" : "image/jpeg",
                    extension,
                    image.getWidth(),
                    image.getHeight(),
                    Files.size(file));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Mastodon's blurhash (4 × 4 components), computed on a copy at most 32 px a side. */
    static String blurhash(BufferedImage image) {
        Scaling.Dimensions size =
                Scaling.fit(image.getWidth(), image.getHeight(), BLURHASH_SIDE, BLURHASH_SIDE, Long.MAX_VALUE);
        return BlurHash.encode(Scaling.overWhite(image, size.width(), size.height()), 4, 4);
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file in the caller's work directory, which the caller removes as a whole
        }
    }
}
