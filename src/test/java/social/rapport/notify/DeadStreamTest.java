package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Clients that open a stream and go away without a word: the hub must forget them and their
 * threads must end at the first write that fails, not hold on forever. The heartbeat is short here
 * so that a write comes soon; 5 seconds is a bound on correctness, polled, not a timing claim.
 */
@RapportServer
class DeadStreamTest {
    static final int STREAMS = 200;
    static final Duration BOUND = Duration.ofSeconds(5);

    TestServer server;

    @Person
    User ben;

    @BeforeEach
    void start() {
        server.app().notifications().streams().heartbeatEvery(Duration.ofMillis(200));
    }

    @Test
    void two_hundred_dropped_streams_leave_the_hub_and_their_threads_within_five_seconds() throws Exception {
        StreamHub hub = server.app().notifications().streams();
        int registered = hub.openCount();
        int threads = StreamThreads.inDeliveryLoops();
        int pooled = StreamThreads.inStreamPools();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMS; i++) {
                String path =
                        i % 2 == 0 ? "/api/v1/streaming/public" : "/api/v1/streaming/user?access_token=" + ben.token();
                sockets.add(openStream(path));
            }
            awaitAtMost(Duration.ofSeconds(30), hub::openCount, registered + STREAMS, "streams registered");
            // A stream registers before its loop starts, so the loops are waited for too.
            awaitAtMost(
                    Duration.ofSeconds(30),
                    StreamThreads::inDeliveryLoops,
                    threads + STREAMS,
                    "delivery loops running");
        } finally {
            for (Socket s : sockets) s.close();
        }
        awaitAtMost(BOUND, hub::openCount, registered, "registrations after the clients went away");
        awaitAtMost(
                BOUND,
                StreamThreads::inDeliveryLoops,
                threads,
                "threads in delivery loops after the clients went away");
        awaitAtMost(BOUND, StreamThreads::inStreamPools, pooled, "stream threads alive after the clients went away");
    }

    /** Opens a stream over a plain socket and reads up to the end of the answer's head. */
    private Socket openStream(String path) throws Exception {
        Socket s = new Socket("localhost", server.app().port());
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.setSoTimeout(20_000);
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new AssertionError("the stream closed before its answer: " + head);
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200");
        return s;
    }

    private static void awaitAtMost(Duration bound, IntSupplier actual, int expected, String what) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (actual.getAsInt() != expected && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(actual.getAsInt())
                .as(what + " within " + bound.toSeconds() + " s")
                .isEqualTo(expected);
    }
}
