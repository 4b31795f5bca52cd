package social.rapport.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small photos made on the spot, for the tests that attach one: two coloured halves and a disc. */
public final class Jpegs {
    private Jpegs() {}

    public static byte[] photo(int width, int height) {
        return photo(width, height, 0xf0b429);
    }

    /** The photo with its disc in the colour `disc` (0xRRGGBB), so that photos differ, blurhash too. */
    public static byte[] photo(int width, int height, int disc) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x2f6f9f));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(new Color(0x6f9f2f));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.setColor(new Color(disc));
        g.fillOval(width / 3, height / 4, width / 3, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The photo written to a new file in `dir`, for a browser's file input. */
    public static Path photoFile(Path dir, String name, int width, int height) {
        try {
            return Files.write(dir.resolve(name), photo(width, height));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
