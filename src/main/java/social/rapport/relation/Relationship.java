package social.rapport.relation;

import java.util.List;

/**
 * Mastodon's Relationship entity plus Rapport's connection facts. `degree` is 1, 2 or 3, or null
 * when out of network; `mutual_connections_count` counts only mutuals the viewer may see.
 */
public record Relationship(
        String id,
        boolean following,
        boolean showingReblogs,
        boolean notifying,
        List<String> languages,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting,
        boolean mutingNotifications,
        boolean requested,
        boolean requestedBy,
        boolean domainBlocking,
        boolean endorsed,
        String note,
        boolean connected,
        boolean invitationSent,
        boolean invitationReceived,
        Integer degree,
        int mutualConnectionsCount) {}
