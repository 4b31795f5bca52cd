package social.rapport.status.schedule;

/** A post waiting to be published at `scheduledAt` (epoch ms) by `accountId`. */
public record Scheduled(long id, int accountId, long scheduledAt, ScheduledParams params) {}
