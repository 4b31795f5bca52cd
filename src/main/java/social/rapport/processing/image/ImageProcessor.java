package social.rapport.processing.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import social.rapport.processing.Deadline;
import social.rapport.processing.FileFormat;
import social.rapport.processing.MediaKind;
import social.rapport.processing.MediaLimits;
import social.rapport.processing.Processed;
import social.rapport.processing.ProfileShape;
import social.rapport.processing.Rendition;

/**
 * Still images: decoded, turned upright by their EXIF orientation, made to fit the limits, and
 * written anew with no metadata (JPEG, or PNG when transparent), with a small preview and a
 * blurhash. The callers ({@code MediaProcessing}) have already recognised the format and bound the
 * work in time and concurrency.
 */
public final class ImageProcessor {
    private final MediaLimits limits;

    public ImageProcessor(MediaLimits limits) {
        this.limits = limits;
    }

    /** The size from the header alone (refused when too large); nothing is decoded. */
    public void checkHeader(Path upload, FileFormat format) {
        ImageReading.header(upload, format, limits);
    }

    /** How many frames a GIF holds; its header is checked first. */
    public int gifFrames(Path upload) {
        return ImageReading.frames(upload, limits);
    }

    public Processed image(Path upload, FileFormat format, Path workDir, Deadline deadline) {
        int orientation = format == FileFormat.JPEG ? Orientation.of(upload) : Orientation.UPRIGHT;
        BufferedImage decoded = ImageReading.decode(upload, format, limits, decodeBudget(), deadline);
        boolean alpha = Transparency.uses(decoded);
        Scaling.Dimensions fitted = Scaling.fit(
                decoded.getWidth(), decoded.getHeight(), limits.maxSide(), limits.maxSide(), limits.maxPixels());
        BufferedImage original = Scaling.scale(decoded, fitted.width(), fitted.height(), alpha);
        decoded = null;
        original = Orientation.upright(original, orientation);
        deadline.check();
        Scaling.Dimensions smallSize = Scaling.fit(
                original.getWidth(), original.getHeight(), limits.smallSide(), limits.smallSide(), Long.MAX_VALUE);
        BufferedImage small = Scaling.scale(original, smallSize.width(), smallSize.height(), alpha);
        String blurhash = ImageWriting.blurhash(small);
        Rendition originalFile = ImageWriting.write(original, alpha, workDir, "original");
        try {
            deadline.check();
            Rendition smallFile = ImageWriting.write(small, alpha, workDir, "small");
            return new Processed(MediaKind.IMAGE, originalFile, smallFile, blurhash, null, null);
        } catch (RuntimeException e) {
            ImageWriting.deleteQuietly(originalFile.file());
            throw e;
        }
    }

    /** An avatar or header: the centre of the upright image, cut and scaled to the shape; no preview. */
    public Processed profile(Path upload, FileFormat format, ProfileShape shape, Path workDir, Deadline deadline) {
        int orientation = format == FileFormat.JPEG ? Orientation.of(upload) : Orientation.UPRIGHT;
        BufferedImage decoded = ImageReading.decode(upload, format, limits, decodeBudget(), deadline);
        boolean alpha = Transparency.uses(decoded);
        BufferedImage upright = Orientation.upright(Scaling.plain(decoded, alpha), orientation);
        decoded = null;
        BufferedImage picture = Scaling.cover(upright, shape.width(), shape.height(), alpha);
        deadline.check();
        String blurhash = ImageWriting.blurhash(picture);
        Rendition file =
                ImageWriting.write(picture, alpha, workDir, shape.name().toLowerCase(java.util.Locale.ROOT));
        return new Processed(MediaKind.IMAGE, file, null, blurhash, null, null);
    }

    /** At most this many pixels are decoded: one and a half times what is kept. */
    private long decodeBudget() {
        return limits.maxPixels() + limits.maxPixels() / 2;
    }
}
