package social.rapport.notify;

import social.rapport.account.AccountEntity;
import social.rapport.status.StatusEntity;

/** Mastodon's Notification entity; `rapport.object_id` names the invitation, claim or recommendation. */
public record NotificationEntity(
        String id, String type, String createdAt, AccountEntity account, StatusEntity status, Rapport rapport) {
    public record Rapport(String objectId) {}
}
