package social.rapport.status.schedule;

import java.util.List;
import social.rapport.core.Times;

/** Mastodon's ScheduledStatus: this server keeps no media, so `media_attachments` is empty. */
public record ScheduledEntity(String id, String scheduledAt, ScheduledParams params, List<Object> mediaAttachments) {
    static ScheduledEntity of(Scheduled s) {
        return new ScheduledEntity(Long.toString(s.id()), Times.iso(s.scheduledAt()), s.params(), List.of());
    }
}
