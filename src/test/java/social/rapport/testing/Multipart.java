package social.rapport.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A multipart/form-data body as browsers' and Node's FormData write it: a boundary of dashes and
 * random digits, one part per field in order, files with a filename and their own type.
 */
public final class Multipart {
    private record Part(String name, String filename, String type, byte[] bytes) {}

    private final String boundary =
            "----formdata-undici-0" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
    private final List<Part> parts = new ArrayList<>();

    public static Multipart of(List<Map.Entry<String, String>> fields) {
        Multipart m = new Multipart();
        fields.forEach(f -> m.field(f.getKey(), f.getValue()));
        return m;
    }

    public Multipart field(String name, String value) {
        parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public Multipart file(String name, String filename, String type, byte[] bytes) {
        parts.add(new Part(name, filename, type, bytes));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(escape(p.name()))
                    .append('"');
            if (p.filename() != null)
                head.append("; filename=\"").append(escape(p.filename())).append('"');
            head.append("\r\n");
            if (p.type() != null) head.append("Content-Type: ").append(p.type()).append("\r\n");
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** As the HTML standard's form encoding: quotes and line breaks in names are percent-escaped. */
    private static String escape(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
