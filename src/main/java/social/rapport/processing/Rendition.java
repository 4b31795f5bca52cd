package social.rapport.processing;

import java.nio.file.Path;

/**
 * One file made from an upload (the original as served, or its small preview), written to a
 * temporary file that the caller stores and then deletes. Width and height are 0 for audio.
 */
public record Rendition(Path file, String contentType, String extension, int width, int height, long size) {}
