package social.rapport.account.avatar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import social.rapport.account.DefaultFaces;

/**
 * Draws the generated avatars (white initials on the account's colour, 400×400) and headers (a band
 * of the colour, 1500×500) as PNG, each once: the picture depends only on its address, so it is kept.
 * Where the machine has no font to draw with, the avatar is the colour alone.
 */
public final class FaceRenderer {
    public static final int AVATAR = 400;
    public static final int HEADER_WIDTH = 1500;
    public static final int HEADER_HEIGHT = 500;

    private final Cache<DefaultFaces.Face, byte[]> avatars =
            Caffeine.newBuilder().maximumSize(2_000).build();
    private final Cache<Integer, byte[]> headers = Caffeine.newBuilder().build();

    public byte[] avatar(DefaultFaces.Face face) {
        return avatars.get(face, FaceRenderer::drawAvatar);
    }

    public byte[] header(int colour) {
        return headers.get(colour, FaceRenderer::drawHeader);
    }

    private static byte[] drawAvatar(DefaultFaces.Face face) {
        BufferedImage img = new BufferedImage(AVATAR, AVATAR, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(DefaultFaces.PALETTE[face.colour()]));
            g.fillRect(0, 0, AVATAR, AVATAR);
            try {
                drawInitials(g, face.initials());
            } catch (RuntimeException | Error noFonts) {
                // No usable font here: the colour alone still tells accounts apart.
            }
        } finally {
            g.dispose();
        }
        return png(img);
    }

    private static void drawInitials(Graphics2D g, String initials) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, initials.codePointCount(0, initials.length()) > 1 ? 170 : 200);
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(frc, initials);
        Rectangle2D box = glyphs.getVisualBounds();
        float x = (float) ((AVATAR - box.getWidth()) / 2 - box.getX());
        float y = (float) ((AVATAR - box.getHeight()) / 2 - box.getY());
        g.setColor(Color.WHITE);
        g.drawGlyphVector(glyphs, x, y);
    }

    private static byte[] drawHeader(int colour) {
        BufferedImage img = new BufferedImage(HEADER_WIDTH, HEADER_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(DefaultFaces.PALETTE[colour]));
            g.fillRect(0, 0, HEADER_WIDTH, HEADER_HEIGHT);
        } finally {
            g.dispose();
        }
        return png(img);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
