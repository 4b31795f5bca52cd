package social.rapport.notify;

/** Where one person stopped reading one timeline; `version` grows by one with each save. */
public record Marker(String timeline, long lastReadId, int version, long updatedAt) {}
