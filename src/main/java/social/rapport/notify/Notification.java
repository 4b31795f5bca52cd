package social.rapport.notify;

/**
 * One person told about one thing. `statusId` is the post it is about (0 for none); `objectId`
 * names what else it stands for (the reblog, the invitation, the claim), so undoing it can find it.
 */
public record Notification(
        long id,
        int accountId,
        String type,
        int fromAccountId,
        long statusId,
        long objectId,
        boolean filtered,
        long createdAt) {}
