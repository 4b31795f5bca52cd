package social.rapport.report;

import java.util.List;

/** One stored report: who filed it, about whom, why, and the ids of the posts it points at. */
public record Report(
        long id,
        int accountId,
        int targetAccountId,
        String category,
        String comment,
        boolean forward,
        long createdAt,
        List<Long> statusIds) {}
