package social.rapport.processing.image;

import java.awt.image.BufferedImage;

/** Whether an image really uses transparency: an alpha channel whose every pixel is opaque does not. */
final class Transparency {
    private Transparency() {}

    static boolean uses(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
