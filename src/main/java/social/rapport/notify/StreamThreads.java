package social.rapport.notify;

import java.util.Map;

/**
 * How many threads are inside a stream's delivery loop right now, read from the JVM's thread stacks
 * rather than from the hub's own bookkeeping, so that a stream the hub forgot but whose loop still
 * runs (or the reverse) shows. For the stream benchmark and its test; not for a request path.
 */
public final class StreamThreads {
    private StreamThreads() {}

    /** Threads of the hubs' pools, busy or idle: they end a short while after their stream does. */
    public static int inStreamPools() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals(StreamHub.THREAD_NAME)) n++;
        return n;
    }

    public static int inDeliveryLoops() {
        int n = 0;
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement f : e.getValue()) {
                if (f.getClassName().equals(StreamClient.class.getName())
                        && f.getMethodName().equals("run")) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
