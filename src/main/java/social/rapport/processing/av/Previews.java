package social.rapport.processing.av;

import io.trbl.blurhash.BlurHash;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What is read back from a preview frame this processor wrote: its size and its blurhash. */
final class Previews {
    /** The blurhash is computed on a copy this small: its few components need no more. */
    private static final int HASH_SIDE = 64;

    private Previews() {}

    /** The size and the blurhash of a frame. */
    record Preview(int width, int height, String blurhash) {}

    /** The JPEG's size and its blurhash (4×4 components), or null when it cannot be read. */
    static Preview of(Path jpeg) {
        BufferedImage image = read(jpeg);
        if (image == null) return null;
        double scale = Math.min(1.0, (double) HASH_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return new Preview(image.getWidth(), image.getHeight(), BlurHash.encode(small));
    }

    private static BufferedImage read(Path jpeg) {
        try {
            return ImageIO.read(jpeg.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
