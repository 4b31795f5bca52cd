package social.rapport.status;

import java.util.List;
import java.util.Set;
import social.rapport.audience.Audience;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.QuotePolicy;
import social.rapport.audience.ReplyPolicy;

/**
 * A post as stored: a short note, an article (with a title) or a reblog of another post. Links to
 * other posts are 0 when absent. A reblog stores the audience of its original, and the policy
 * still checks the original on every read.
 */
public record Status(
        long id,
        int accountId,
        Kind kind,
        String title,
        String source,
        String html,
        String spoilerText,
        boolean sensitive,
        String language,
        Audience audience,
        ReplyPolicy replyPolicy,
        long inReplyToId,
        int inReplyToAccountId,
        long reblogOfId,
        long quoteOfId,
        long createdAt,
        long editedAt,
        Set<Integer> mentions,
        List<String> tags,
        QuotePolicy quotePolicy)
        implements AudiencePolicy.Visible {

    public enum Kind {
        NOTE,
        ARTICLE,
        REBLOG
    }

    public int owner() {
        return accountId;
    }

    public Set<Integer> mentioned() {
        return mentions;
    }

    public boolean isReblog() {
        return kind == Kind.REBLOG;
    }

    /** The same post with another audience (a group's post held for its moderators, or released). */
    public Status withAudience(Audience a) {
        return new Status(
                id,
                accountId,
                kind,
                title,
                source,
                html,
                spoilerText,
                sensitive,
                language,
                a,
                replyPolicy,
                inReplyToId,
                inReplyToAccountId,
                reblogOfId,
                quoteOfId,
                createdAt,
                editedAt,
                mentions,
                tags,
                quotePolicy);
    }

    /** A group's post held for the group's moderators (see {@link HeldPosts}). */
    public boolean held() {
        return audience.has(social.rapport.audience.Grant.Kind.HELD);
    }

    public Status withMentionsAndTags(Set<Integer> m, List<String> t) {
        return new Status(
                id,
                accountId,
                kind,
                title,
                source,
                html,
                spoilerText,
                sensitive,
                language,
                audience,
                replyPolicy,
                inReplyToId,
                inReplyToAccountId,
                reblogOfId,
                quoteOfId,
                createdAt,
                editedAt,
                Set.copyOf(m),
                List.copyOf(t),
                quotePolicy);
    }
}
