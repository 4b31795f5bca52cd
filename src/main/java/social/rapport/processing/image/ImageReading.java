package social.rapport.processing.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import social.rapport.core.Problem;
import social.rapport.processing.Deadline;
import social.rapport.processing.FileFormat;
import social.rapport.processing.MediaLimits;

/**
 * Reads an image with ImageIO (and TwelveMonkeys' readers for JPEG and WebP): the size from the
 * header first, refused before any pixel is decoded when it is too large, then the pixels,
 * subsampled on read when the source is much larger than what is kept.
 */
final class ImageReading {
    static {
        ImageIO.setUseCache(false);
    }

    private ImageReading() {}

    record Size(int width, int height) {}

    /** The first image's size from the header alone, refused when too large; no pixel is decoded. */
    static Size header(Path file, FileFormat format, MediaLimits limits) {
        return withReader(file, format, reader -> checked(reader, limits));
    }

    /** How many frames a GIF holds (blocks are skipped, not decoded). */
    static int frames(Path file, MediaLimits limits) {
        return withReader(file, FileFormat.GIF, reader -> {
            checked(reader, limits);
            return reader.getNumImages(true);
        });
    }

    /**
     * Decodes the first image. When it has more than `budgetPixels`, every n-th pixel is read (the
     * least n that fits the budget), so a 50-megapixel photo never needs its full size in memory.
     */
    static BufferedImage decode(
            Path file, FileFormat format, MediaLimits limits, long budgetPixels, Deadline deadline) {
        return withReader(file, format, reader -> {
            Size size = checked(reader, limits);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(size, budgetPixels);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener(warningsInto(warnings));
            reader.addIIOReadProgressListener(abortAt(deadline));
            BufferedImage image = reader.read(0, param);
            deadline.check();
            if (image == null || truncated(warnings)) {
                throw Problem.invalid("file", "The image is incomplete or damaged");
            }
            return image;
        });
    }

    static int subsampling(Size size, long budgetPixels) {
        int step = 1;
        while ((long) (size.width() / step) * (size.height() / step) > budgetPixels) {
            step++;
        }
        return step;
    }

    private static Size checked(ImageReader reader, MediaLimits limits) throws IOException {
        if (reader.getInput() instanceof ImageInputStream in
                && reader.getFormatName().equalsIgnoreCase("png")) {
            check(pngHeader(in), limits); // before the reader, which refuses some sizes as "damaged"
        }
        return check(new Size(reader.getWidth(0), reader.getHeight(0)), limits);
    }

    /** A PNG's size from its IHDR chunk, which must come first: bytes 16 to 24 of the file. */
    private static Size pngHeader(ImageInputStream in) throws IOException {
        long at = in.getStreamPosition();
        in.seek(16);
        Size size = new Size(in.readInt(), in.readInt());
        in.seek(at);
        return size;
    }

    private static Size check(Size size, MediaLimits limits) {
        int width = size.width();
        int height = size.height();
        if (width <= 0 || height <= 0) {
            throw Problem.invalid("file", "The image has no size");
        }
        if (width > limits.maxSourceSide()
                || height > limits.maxSourceSide()
                || (long) width * height > limits.maxSourcePixels()) {
            throw Problem.invalid(
                    "file",
                    "The image is too large (" + width + "×" + height + "); at most " + limits.maxSourceSide()
                            + " pixels a side and " + limits.maxSourcePixels() / 1_000_000 + " megapixels");
        }
        return size;
    }

    private static boolean truncated(List<String> warnings) {
        for (String warning : warnings) {
            String text = warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature") || text.contains("truncat") || text.contains("end of")) {
                return true;
            }
        }
        return false;
    }

    private static IIOReadWarningListener warningsInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning == null ? "" : warning);
    }

    private static IIOReadProgressListener abortAt(Deadline deadline) {
        return new IIOReadProgressListener() {
            @Override
            public void imageProgress(ImageReader source, float percentageDone) {
                if (deadline.passed()) {
                    source.abort();
                }
            }

            @Override
            public void sequenceStarted(ImageReader source, int minIndex) {}

            @Override
            public void sequenceComplete(ImageReader source) {}

            @Override
            public void imageStarted(ImageReader source, int imageIndex) {}

            @Override
            public void imageComplete(ImageReader source) {}

            @Override
            public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

            @Override
            public void thumbnailProgress(ImageReader source, float percentageDone) {}

            @Override
            public void thumbnailComplete(ImageReader source) {}

            @Override
            public void readAborted(ImageReader source) {}
        };
    }

    interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path file, FileFormat format, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(in, false, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw Problem.invalid("file", "The image is incomplete or damaged");
        }
    }

    private static ImageReader readerFor(FileFormat format) {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
            default -> throw new IllegalArgumentException("not an image format: " + format);
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + name);
        }
        return readers.next();
    }
}
