package social.rapport.processing.image;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Sizes and pixel types: fitting within bounds, centre crops, and smooth downscaling in halving steps. */
final class Scaling {
    private Scaling() {}

    record Dimensions(int width, int height) {}

    /** The largest size of the same aspect within maxWidth × maxHeight and maxPixels; never larger than the source. */
    static Dimensions fit(int width, int height, int maxWidth, int maxHeight, long maxPixels) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
        double area = (double) width * height * scale * scale;
        if (area > maxPixels) {
            scale *= Math.sqrt(maxPixels / area);
        }
        int w = Math.max(1, (int) Math.floor(width * scale));
        int h = Math.max(1, (int) Math.floor(height * scale));
        while ((long) w * h > maxPixels) {
            if (w >= h) {
                w--;
            } else {
                h--;
            }
        }
        return new Dimensions(Math.min(w, maxWidth), Math.min(h, maxHeight));
    }

    /**
     * The image in a type every later step handles: int RGB, or int ARGB when it has transparency.
     * Images already of a plain type (byte BGR, grey) are kept as they are.
     */
    static BufferedImage plain(BufferedImage image, boolean alpha) {
        int type = image.getType();
        if (alpha ? type == BufferedImage.TYPE_INT_ARGB : isPlainOpaque(type)) {
            return image;
        }
        return redraw(image, image.getWidth(), image.getHeight(), alpha);
    }

    private static boolean isPlainOpaque(int type) {
        return type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** Scaled to exactly width × height: halving steps with bilinear sampling, then one last step. */
    static BufferedImage scale(BufferedImage image, int width, int height, boolean alpha) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return plain(image, alpha);
        }
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = redraw(current, w, h, alpha);
        }
        return redraw(current, width, height, alpha);
    }

    /** Cut from the centre to the aspect of width × height, then scaled to exactly that size. */
    static BufferedImage cover(BufferedImage image, int width, int height, boolean alpha) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        double target = (double) width / height;
        int cw = sw;
        int ch = sh;
        if ((double) sw / sh > target) {
            cw = Math.max(1, (int) Math.round(sh * target));
        } else {
            ch = Math.max(1, (int) Math.round(sw / target));
        }
        BufferedImage cropped = image.getSubimage((sw - cw) / 2, (sh - ch) / 2, cw, ch);
        return scale(cropped, width, height, alpha);
    }

    /** The image drawn over white, opaque (for the blurhash of a transparent image). */
    static BufferedImage overWhite(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            smooth(g);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage redraw(BufferedImage image, int width, int height, boolean alpha) {
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            smooth(g);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }
}
