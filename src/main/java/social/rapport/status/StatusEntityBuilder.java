package social.rapport.status;

import java.util.List;
import social.rapport.account.AccountEntity;

/**
 * Builds a {@link StatusEntity} by name instead of by position: Mastodon's shape has some thirty
 * fields, and most posts leave most of them at their defaults (no reply, no media, no card, no
 * poll; empty lists). Every setter returns the builder. What Rapport never has (emojis, a
 * card, the viewer's mute of a conversation, the application) is fixed at its empty value.
 */
final class StatusEntityBuilder {
    private String id;
    private String createdAt;
    private String inReplyToId;
    private String inReplyToAccountId;
    private boolean sensitive;
    private String spoilerText;
    private String visibility;
    private String language;
    private String uri;
    private String url;
    private int repliesCount;
    private int reblogsCount;
    private int favouritesCount;
    private String editedAt;
    private boolean favourited;
    private boolean reblogged;
    private boolean bookmarked;
    private boolean pinned;
    private boolean muted;
    private String content;
    private StatusEntity reblog;
    private AccountEntity account;
    private List<StatusEntity.Mention> mentions = List.of();
    private List<StatusEntity.Tag> tags = List.of();
    private StatusEntity.Quote quote;
    private Object poll;
    private List<Object> mediaAttachments = List.of();
    private StatusEntity.QuoteApproval quoteApproval;
    private StatusEntity.Rapport rapport;
    private List<FilterMatcher.Result> filtered = List.of();

    StatusEntityBuilder id(String v) {
        this.id = v;
        return this;
    }

    StatusEntityBuilder createdAt(String v) {
        this.createdAt = v;
        return this;
    }

    StatusEntityBuilder inReplyToId(String v) {
        this.inReplyToId = v;
        return this;
    }

    StatusEntityBuilder inReplyToAccountId(String v) {
        this.inReplyToAccountId = v;
        return this;
    }

    StatusEntityBuilder sensitive(boolean v) {
        this.sensitive = v;
        return this;
    }

    StatusEntityBuilder spoilerText(String v) {
        this.spoilerText = v;
        return this;
    }

    StatusEntityBuilder visibility(String v) {
        this.visibility = v;
        return this;
    }

    StatusEntityBuilder language(String v) {
        this.language = v;
        return this;
    }

    StatusEntityBuilder uri(String v) {
        this.uri = v;
        return this;
    }

    StatusEntityBuilder url(String v) {
        this.url = v;
        return this;
    }

    StatusEntityBuilder repliesCount(int v) {
        this.repliesCount = v;
        return this;
    }

    StatusEntityBuilder reblogsCount(int v) {
        this.reblogsCount = v;
        return this;
    }

    StatusEntityBuilder favouritesCount(int v) {
        this.favouritesCount = v;
        return this;
    }

    StatusEntityBuilder editedAt(String v) {
        this.editedAt = v;
        return this;
    }

    StatusEntityBuilder favourited(boolean v) {
        this.favourited = v;
        return this;
    }

    StatusEntityBuilder reblogged(boolean v) {
        this.reblogged = v;
        return this;
    }

    StatusEntityBuilder bookmarked(boolean v) {
        this.bookmarked = v;
        return this;
    }

    StatusEntityBuilder muted(boolean v) {
        this.muted = v;
        return this;
    }

    StatusEntityBuilder pinned(boolean v) {
        this.pinned = v;
        return this;
    }

    StatusEntityBuilder content(String v) {
        this.content = v;
        return this;
    }

    StatusEntityBuilder reblog(StatusEntity v) {
        this.reblog = v;
        return this;
    }

    StatusEntityBuilder account(AccountEntity v) {
        this.account = v;
        return this;
    }

    StatusEntityBuilder mentions(List<StatusEntity.Mention> v) {
        this.mentions = v;
        return this;
    }

    StatusEntityBuilder tags(List<StatusEntity.Tag> v) {
        this.tags = v;
        return this;
    }

    StatusEntityBuilder quote(StatusEntity.Quote v) {
        this.quote = v;
        return this;
    }

    StatusEntityBuilder quoteApproval(StatusEntity.QuoteApproval v) {
        this.quoteApproval = v;
        return this;
    }

    StatusEntityBuilder rapport(StatusEntity.Rapport v) {
        this.rapport = v;
        return this;
    }

    StatusEntityBuilder filtered(List<FilterMatcher.Result> v) {
        this.filtered = v;
        return this;
    }

    StatusEntityBuilder mediaAttachments(List<Object> v) {
        this.mediaAttachments = v;
        return this;
    }

    StatusEntityBuilder poll(Object v) {
        this.poll = v;
        return this;
    }

    StatusEntity build() {
        return new StatusEntity(
                id,
                createdAt,
                inReplyToId,
                inReplyToAccountId,
                sensitive,
                spoilerText,
                visibility,
                language,
                uri,
                url,
                repliesCount,
                reblogsCount,
                favouritesCount,
                editedAt,
                favourited,
                reblogged,
                muted,
                bookmarked,
                pinned,
                content,
                reblog,
                null /* application */,
                account,
                mediaAttachments,
                mentions,
                tags,
                List.of() /* emojis */,
                null /* card */,
                poll,
                quote,
                quoteApproval,
                rapport,
                filtered);
    }
}
