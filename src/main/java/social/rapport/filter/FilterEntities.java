package social.rapport.filter;

import java.util.List;
import social.rapport.core.Times;

/** Mastodon's filter entities, made from stored filters. */
public final class FilterEntities {
    private FilterEntities() {}

    /** Mastodon's Filter (v2), with its keywords and posts. */
    public record FilterEntity(
            String id,
            String title,
            List<String> context,
            String expiresAt,
            String filterAction,
            List<KeywordEntity> keywords,
            List<StatusEntity> statuses) {}

    /** The Filter as a FilterResult shows it: without its keywords and posts, as Mastodon does. */
    public record Summary(String id, String title, List<String> context, String expiresAt, String filterAction) {}

    /** Mastodon's FilterKeyword. */
    public record KeywordEntity(String id, String keyword, boolean wholeWord) {}

    /** Mastodon's FilterStatus. */
    public record StatusEntity(String id, String statusId) {}

    /** Mastodon's V1::Filter: one keyword with its filter's settings; its id is the keyword's. */
    public record V1Entity(
            String id,
            String phrase,
            List<String> context,
            String expiresAt,
            boolean irreversible,
            boolean wholeWord) {}

    public static FilterEntity of(Filter f) {
        return new FilterEntity(
                Long.toString(f.id()),
                f.title(),
                f.contexts(),
                expires(f),
                f.action(),
                f.keywords().stream().map(FilterEntities::keyword).toList(),
                f.statuses().stream().map(FilterEntities::post).toList());
    }

    public static Summary summary(Filter f) {
        return new Summary(Long.toString(f.id()), f.title(), f.contexts(), expires(f), f.action());
    }

    public static KeywordEntity keyword(Filter.Keyword k) {
        return new KeywordEntity(Long.toString(k.id()), k.keyword(), k.wholeWord());
    }

    public static StatusEntity post(Filter.Post p) {
        return new StatusEntity(Long.toString(p.id()), Long.toString(p.statusId()));
    }

    public static V1Entity v1(Filter f, Filter.Keyword k) {
        return new V1Entity(
                Long.toString(k.id()),
                k.keyword(),
                f.contexts(),
                expires(f),
                f.action().equals("hide"),
                k.wholeWord());
    }

    private static String expires(Filter f) {
        return f.expiresAt() == 0 ? null : Times.iso(f.expiresAt());
    }
}
