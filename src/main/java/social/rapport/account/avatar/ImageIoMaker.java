package social.rapport.account.avatar;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.core.Problem;
import social.rapport.media.process.Rendition;

/**
 * The JDK's own image reading (PNG, JPEG, GIF, BMP): decodes the first frame, refuses pictures larger
 * than 40 megapixels before decoding them, centre-crops and scales, and writes a fresh PNG, so nothing
 * of the upload but its pixels survives.
 */
public final class ImageIoMaker implements ProfileImageMaker {
    private static final long MAX_PIXELS = 40_000_000L;

    @Override
    public Rendition make(Path upload, Kind kind, String field, Path workDir) {
        int w = kind == Kind.AVATAR ? FaceRenderer.AVATAR : FaceRenderer.HEADER_WIDTH;
        int h = kind == Kind.AVATAR ? FaceRenderer.AVATAR : FaceRenderer.HEADER_HEIGHT;
        BufferedImage source = read(upload, field);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = Math.max((double) w / source.getWidth(), (double) h / source.getHeight());
            int sw = (int) Math.round(w / scale);
            int sh = (int) Math.round(h / scale);
            int sx = (source.getWidth() - sw) / 2;
            int sy = (source.getHeight() - sh) / 2;
            g.drawImage(source, 0, 0, w, h, sx, sy, sx + sw, sy + sh, null);
        } finally {
            g.dispose();
        }
        try {
            Path file = Files.createTempFile(workDir, "profile", ".png");
            ImageIO.write(out, "png", file.toFile());
            return new Rendition(file, "image/png", "png", w, h, Files.size(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BufferedImage read(Path upload, String field) {
        try (InputStream in = Files.newInputStream(upload);
                ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) throw notAnImage(field);
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) throw Problem.invalid(field, "The image is too large");
                BufferedImage img = reader.read(0);
                if (img == null || img.getWidth() < 1 || img.getHeight() < 1) throw notAnImage(field);
                return img;
            } finally {
                reader.dispose();
            }
        } catch (Problem p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            throw notAnImage(field);
        }
    }

    private static Problem notAnImage(String field) {
        return Problem.invalid(field, "The file is not an image this server can read (PNG, JPEG or GIF)");
    }
}
