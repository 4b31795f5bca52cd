package social.rapport.status;

import java.util.List;

/**
 * One chunk of a listing read from the store and passed through the audience policy: what the
 * viewer may see of it, in the listing's order, how many rows were read, and the paging key of the
 * last row read (visible or not), so that the next chunk starts after it.
 */
public record Chunk<T>(List<T> visible, int read, long last) {}
