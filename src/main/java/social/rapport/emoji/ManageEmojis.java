package social.rapport.emoji;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import social.rapport.core.Problem;
import social.rapport.files.BlobStore;
import social.rapport.store.Database;

/**
 * Administrators add and delete custom emoji. An image (PNG, GIF or JPEG, at most 256 KB; an animated
 * GIF keeps its first frame) is redrawn as a PNG of at most 128×128, so nothing of the upload but its
 * pixels is kept. Everyone else is answered as if nothing were here.
 */
public final class ManageEmojis {
    public static final Pattern SHORTCODE = Pattern.compile("[a-zA-Z0-9_]{2,30}");
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_SIDE = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final BlobStore blobs;
    private final CustomEmojis emojis;
    private final EmojiStore store = new EmojiStore();

    public ManageEmojis(Database db, BlobStore blobs, CustomEmojis emojis) {
        this.db = db;
        this.blobs = blobs;
        this.emojis = emojis;
    }

    /** `image` null: no file was sent. */
    public void add(boolean admin, String shortcode, String category, byte[] image) {
        if (!admin) throw Problem.notFound();
        String code = shortcode == null ? "" : shortcode.strip();
        if (code.startsWith(":") && code.endsWith(":") && code.length() > 2)
            code = code.substring(1, code.length() - 1);
        if (!SHORTCODE.matcher(code).matches()) {
            throw Problem.invalid("shortcode", "A shortcode is 2 to 30 letters, digits or underscores");
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && cat.length() > 50) throw Problem.invalid("category", "A category is at most 50 characters");
        if (image == null || image.length == 0) throw Problem.invalid("image", "Choose an image");
        if (image.length > MAX_BYTES) throw Problem.invalid("image", "The image is larger than 256 KB");
        String finalCode = code;
        if (db.read(h -> store.exists(h, finalCode))) {
            throw Problem.invalid("shortcode", "There is already an emoji :" + code + ":");
        }
        Path png = draw(image);
        String file = random() + ".png";
        try {
            blobs.put("emoji/" + file, png, "image/png");
        } finally {
            png.toFile().delete();
        }
        try {
            db.writeVoid(tx -> store.insert(tx, finalCode, file, cat));
        } catch (RuntimeException e) {
            blobs.delete("emoji/" + file);
            throw e;
        }
        emojis.reload();
    }

    public void delete(boolean admin, String shortcode) {
        if (!admin) throw Problem.notFound();
        String file = db.write(tx -> store.delete(tx, shortcode)).orElseThrow(Problem::notFound);
        blobs.delete("emoji/" + file);
        emojis.reload();
    }

    private static Path draw(byte[] image) {
        BufferedImage src = read(image);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        try {
            Path file = Files.createTempFile("rapport-emoji", ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw notAnImage();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > 16_000_000L) throw Problem.invalid("image", "The image is too large");
                BufferedImage img = reader.read(0);
                if (img == null) throw notAnImage();
                return img;
            } finally {
                reader.dispose();
            }
        } catch (Problem p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            throw notAnImage();
        }
    }

    private static Problem notAnImage() {
        return Problem.invalid("image", "The file is not an image this server can read (PNG, GIF or JPEG)");
    }

    private static String random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Reads a whole upload that may be at most one byte over the limit (so "too large" can be told). */
    public static byte[] readLimited(InputStream in) throws IOException {
        return in.readNBytes(MAX_BYTES + 1);
    }
}
