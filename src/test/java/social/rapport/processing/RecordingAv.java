package social.rapport.processing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the ffmpeg part, which is not this package's: it records what it was handed. */
final class RecordingAv implements AvProcessor {
    final List<String> calls = new ArrayList<>();
    private final boolean available;

    RecordingAv(boolean available) {
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public Processed gif(Path upload, Path workDir) {
        calls.add("gif");
        return new Processed(MediaKind.GIFV, null, null, null, null, null);
    }

    @Override
    public Processed av(Path upload, String sniffed, Path workDir) {
        calls.add("av " + sniffed);
        return new Processed(MediaKind.VIDEO, null, null, null, null, null);
    }
}
