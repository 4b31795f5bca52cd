package social.rapport.report;

import java.util.List;
import social.rapport.account.AccountEntity;
import social.rapport.status.StatusEntity;

/** Mastodon's Report entity, as its author sees it right after filing it. */
public record ReportEntity(
        String id,
        boolean actionTaken,
        String actionTakenAt,
        String category,
        String comment,
        boolean forwarded,
        String createdAt,
        List<String> statusIds,
        List<String> ruleIds,
        AccountEntity targetAccount) {

    /** Mastodon's Admin::Report entity, for moderators; posts only as far as the moderator may see them. */
    public record Admin(
            String id,
            boolean actionTaken,
            String actionTakenAt,
            String category,
            String comment,
            boolean forwarded,
            String createdAt,
            String updatedAt,
            AdminAccount account,
            AdminAccount targetAccount,
            AdminAccount assignedAccount,
            AdminAccount actionTakenByAccount,
            List<StatusEntity> statuses,
            List<Object> rules) {}

    /** The part of Mastodon's Admin::Account entity this server fills. */
    public record AdminAccount(
            String id, String username, String domain, String createdAt, String role, AccountEntity account) {}
}
