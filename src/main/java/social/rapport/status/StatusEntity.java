package social.rapport.status;

import java.util.List;
import social.rapport.account.AccountEntity;

/**
 * Mastodon's Status entity, plus `rapport` (the audience, reply rule and warnings) and `quote`
 * (Mastodon's quote shape, whose quoted post is embedded only for a viewer who may see it).
 * `filtered` holds the viewer's filters that match the post (empty for none, and for anonymous viewers).
 */
public record StatusEntity(
        String id,
        String createdAt,
        String inReplyToId,
        String inReplyToAccountId,
        boolean sensitive,
        String spoilerText,
        String visibility,
        String language,
        String uri,
        String url,
        int repliesCount,
        int reblogsCount,
        int favouritesCount,
        String editedAt,
        boolean favourited,
        boolean reblogged,
        boolean muted,
        boolean bookmarked,
        boolean pinned,
        String content,
        StatusEntity reblog,
        Object application,
        AccountEntity account,
        List<Object> mediaAttachments,
        List<Mention> mentions,
        List<Tag> tags,
        List<social.rapport.core.CustomEmoji> emojis,
        Object card,
        Object poll,
        Quote quote,
        QuoteApproval quoteApproval,
        Rapport rapport,
        List<FilterMatcher.Result> filtered) {

    public record Mention(String id, String username, String url, String acct) {}

    public record Tag(String name, String url) {}

    /** `state` is `accepted` with the post, or `deleted` with none: a hidden post looks like a deleted one. */
    public record Quote(String state, StatusEntity quotedStatus) {}

    /**
     * Mastodon 4.5's quote policy: who is quoted without asking (`public`, `followers`, or nobody when
     * empty; Rapport never asks, so `manual` is empty), and whether the viewer may quote it
     * (`automatic` or `denied`; `unknown` when signed out).
     */
    public record QuoteApproval(List<String> automatic, List<String> manual, String currentUser) {}

    /**
     * Rapport's additions. The full audience (circle ids included) is shown to the author only;
     * others see the kinds of grant, never which circles. `held`: a group's post held for the
     * group's moderators (seen by its author and them alone until a moderator releases it).
     */
    public record Rapport(
            String kind,
            String title,
            List<String> audience,
            List<String> audienceExcept,
            String replyPolicy,
            List<String> warnings,
            boolean held) {}

    /** One version of a post in its history (Mastodon's StatusEdit). */
    public record Edit(
            String content,
            String spoilerText,
            boolean sensitive,
            String createdAt,
            AccountEntity account,
            List<Object> mediaAttachments,
            List<social.rapport.core.CustomEmoji> emojis,
            Object poll,
            String title) {}

    /** Mastodon's Context: what the viewer may see above and below a post. */
    public record Context(List<StatusEntity> ancestors, List<StatusEntity> descendants) {}
}
