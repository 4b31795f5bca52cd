package social.rapport.status.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import social.rapport.status.PostStatus;
import social.rapport.status.poll.PollRequest;

/**
 * What a client sent to post later, as kept until then and shown as Mastodon's ScheduledStatus
 * `params` (`text`, `poll`, `sensitive`, `spoiler_text`, `visibility`, `in_reply_to_id`, `language`;
 * `media_ids`, `application_id`, `idempotency` null; `with_rate_limit` false), plus Rapport's own
 * fields of a post (`title`, `audience`, `audience_except`, `reply_policy`, `quoted_status_id`,
 * `quote_approval_policy`).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduledParams(
        String text,
        String title,
        String spoilerText,
        boolean sensitive,
        String language,
        String visibility,
        List<String> audience,
        List<String> audienceExcept,
        String replyPolicy,
        String inReplyToId,
        String quotedStatusId,
        String quoteApprovalPolicy,
        PollParams poll,
        List<String> mediaIds,
        String applicationId,
        String scheduledAt,
        String idempotency,
        boolean withRateLimit) {

    /** Mastodon's `params.poll`. */
    public record PollParams(List<String> options, int expiresIn, boolean multiple, boolean hideTotals) {}

    public static ScheduledParams of(PostStatus.Request r, PollRequest poll) {
        return new ScheduledParams(
                r.text(),
                r.title(),
                r.spoilerText(),
                r.sensitive(),
                r.language(),
                r.visibility(),
                r.audience(),
                r.audienceExcept(),
                r.replyPolicy(),
                r.inReplyToId(),
                r.quotedStatusId(),
                r.quotePolicy(),
                poll == null
                        ? null
                        : new PollParams(poll.options(), poll.expiresInSeconds(), poll.multiple(), poll.hideTotals()),
                null,
                null,
                null,
                null,
                false);
    }

    public PostStatus.Request request() {
        return new PostStatus.Request(
                text,
                title,
                spoilerText,
                sensitive,
                language,
                visibility,
                audience,
                audienceExcept,
                replyPolicy,
                inReplyToId,
                quotedStatusId,
                quoteApprovalPolicy);
    }

    /** The poll as asked, checked again against today's limits. */
    public PollRequest pollRequest() {
        return poll == null
                ? null
                : new PollRequest(poll.options(), poll.expiresIn(), poll.multiple(), poll.hideTotals());
    }
}
