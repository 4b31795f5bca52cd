package social.rapport.processing.av;

import java.time.Duration;

/** Limits as people read them: "40 MB", "2 minutes". */
final class Limits {
    private Limits() {}

    static String bytes(long bytes) {
        long mb = 1024L * 1024;
        if (bytes % mb == 0) return bytes / mb + " MB";
        long kb = 1024L;
        return bytes % kb == 0 ? bytes / kb + " KB" : bytes + " bytes";
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
