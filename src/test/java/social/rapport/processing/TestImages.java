package social.rapport.processing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Test inputs made in memory: plain images, JPEG segments spliced in, crafted headers. */
final class TestImages {
    private TestImages() {}

    /** A landscape image: red in the top-left corner, blue in the bottom-right, green elsewhere. */
    static BufferedImage corners(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.setColor(Color.BLUE);
        g.fillRect(width - width / 4, height - height / 4, width / 4, height / 4);
        g.dispose();
        return image;
    }

    /** A busy image, so that its JPEG is of a photo's size. */
    static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = (x * 255 / width) << 16 | (y * 255 / height) << 8 | random.nextInt(64);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] progressiveJpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JPEG with the given segments (each a marker byte and its payload) right after SOI. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.write(segment, 0, segment.length);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) length).put(payload);
        return b.array();
    }

    static byte[] comment(String text) {
        return segment(0xFE, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] xmp(String secret) {
        String xml = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description>" + secret
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        return segment(0xE1, concat(bytes("http://ns.adobe.com/xap/1.0/\0"), bytes(xml)));
    }

    /**
     * An EXIF APP1 segment: camera make, model and body serial, GPS latitude and longitude, the
     * orientation, and IFD1 with a JPEG thumbnail.
     */
    static byte[] exif(int orientation, String make, String model, String serial, byte[] thumbnail) {
        ByteBuffer b = ByteBuffer.allocate(4096 + thumbnail.length).order(ByteOrder.BIG_ENDIAN);
        b.put(bytes("MM")).putShort((short) 42).putInt(8);
        // IFD0: Make, Model, Orientation, Exif IFD, GPS IFD.
        byte[] makeBytes = bytes(make + "\0");
        byte[] modelBytes = bytes(model + "\0");
        int ifd0 = 8;
        int ifd0Data = ifd0 + 2 + 5 * 12 + 4;
        int exifIfd = ifd0Data + makeBytes.length + modelBytes.length;
        byte[] serialBytes = bytes(serial + "\0");
        int exifData = exifIfd + 2 + 12 + 4;
        int gpsIfd = exifData + serialBytes.length;
        int gpsData = gpsIfd + 2 + 4 * 12 + 4;
        int ifd1 = gpsData + 48;
        int thumbAt = ifd1 + 2 + 2 * 12 + 4;

        b.position(ifd0);
        b.putShort((short) 5);
        entry(b, 0x010F, 2, makeBytes.length, ifd0Data);
        entry(b, 0x0110, 2, modelBytes.length, ifd0Data + makeBytes.length);
        b.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(ifd1);
        b.put(makeBytes).put(modelBytes);

        b.putShort((short) 1);
        entry(b, 0xA431, 2, serialBytes.length, exifData);
        b.putInt(0);
        b.put(serialBytes);

        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(bytes("N\0\0\0"));
        entry(b, 2, 5, 3, gpsData);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(bytes("E\0\0\0"));
        entry(b, 4, 5, 3, gpsData + 24);
        b.putInt(0);
        rationals(b, 48, 1, 51, 1, 2964, 100); // 48° 51' 29.64"
        rationals(b, 2, 1, 17, 1, 4012, 100); // 2° 17' 40.12"

        b.putShort((short) 2);
        entry(b, 0x0201, 4, 1, thumbAt);
        entry(b, 0x0202, 4, 1, thumbnail.length);
        b.putInt(0);
        b.put(thumbnail);

        byte[] tiff = new byte[b.position()];
        b.flip().get(tiff);
        return segment(0xE1, concat(bytes("Exif\0\0"), tiff));
    }

    /** The GPS latitude as its EXIF rationals are written (big endian), to look for in outputs. */
    static byte[] latitudeRationals() {
        ByteBuffer b = ByteBuffer.allocate(24);
        rationals(b, 48, 1, 51, 1, 2964, 100);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static void rationals(ByteBuffer b, int... parts) {
        for (int part : parts) {
            b.putInt(part);
        }
    }

    /** A PNG whose IHDR (with a correct CRC) claims width × height, followed by a tiny IDAT and IEND. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(bytes(type)).put(data);
        CRC32 crc = new CRC32();
        crc.update(bytes(type));
        crc.update(data);
        b.putInt((int) crc.getValue());
        out.writeBytes(b.array());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
