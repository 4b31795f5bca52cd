package social.rapport.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 client on one kept-alive connection, as light as a load generator can be so that it
 * leaves the two cores to the server: it writes a GET, reads the status line, the headers and the
 * body (by Content-Length or chunked), and reconnects only when the server closes the connection.
 * It counts the connections it opened, so the report shows that keep-alive held.
 */
public final class LoadClient implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int connections;
    private long bodyBytes;

    public LoadClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends one GET and answers the status code once the whole body has been read; `bearer` null sends
     * no token (as an app loading an image does).
     */
    public int get(String path, String bearer) throws IOException {
        String auth = bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n";
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + auth
                        + "Accept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; ; attempt++) {
            if (socket == null) connect();
            try {
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                if (attempt > 0) throw e;
            }
        }
    }

    /** The connections this client opened. */
    public int connections() {
        return connections;
    }

    /** The bytes of every response body read so far. */
    public long bodyBytes() {
        return bodyBytes;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        out = socket.getOutputStream();
        connections++;
    }

    private int readResponse() throws IOException {
        String status = line();
        if (status.isEmpty()) throw new IOException("connection closed");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.equalsIgnoreCase("chunked");
            else if (name.equalsIgnoreCase("Connection")) closeAfter = value.equalsIgnoreCase("close");
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
                    size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closeAfter = true;
            while (in.read() >= 0) {
                // body until the server closes
            }
        }
        if (closeAfter) close();
        return code;
    }

    private void skip(long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) throw new IOException("connection closed in a body");
            n -= r;
            bodyBytes += r;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') break;
            if (c != '\r') b.append((char) c);
        }
        if (c < 0 && b.length() == 0) throw new IOException("connection closed");
        return b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
