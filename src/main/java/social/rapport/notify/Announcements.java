package social.rapport.notify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Times;
import social.rapport.store.Database;
import social.rapport.web.Html;

/**
 * Announcements: written and deleted by administrators (to anyone else they do not exist), shown to
 * everyone signed in until they end, dismissed and reacted to per person. Reactions are Unicode emoji
 * only, since this server has no custom emoji.
 */
public final class Announcements {
    public static final int MAX_TEXT = 5_000;
    static final int MAX_EMOJI_CODE_POINTS = 16;
    private final Database db;
    private final AnnouncementStore store;
    private final Ids ids;

    Announcements(Database db, AnnouncementStore store, Ids ids) {
        this.db = db;
        this.store = store;
        this.ids = ids;
    }

    /** Mastodon's Announcement entity, as one person sees it. */
    public record AnnouncementEntity(
            String id,
            String content,
            String startsAt,
            String endsAt,
            boolean published,
            boolean allDay,
            String publishedAt,
            String updatedAt,
            boolean read,
            List<Object> mentions,
            List<Object> statuses,
            List<Object> tags,
            List<Object> emojis,
            List<Reaction> reactions) {}

    /** Mastodon's Reaction entity (a Unicode emoji: no url). */
    public record Reaction(String name, int count, boolean me) {}

    /** What the admin page lists: every announcement with its text as written. */
    public record Written(String id, String text, String startsAt, String endsAt, boolean allDay, boolean ended) {}

    /** Those not ended, newest first; dismissed ones only when asked for. */
    public List<AnnouncementEntity> current(int viewer, boolean withDismissed) {
        return db.read(h -> {
            Set<Long> dismissed = new HashSet<>(store.dismissed(h, viewer));
            List<AnnouncementEntity> out = new ArrayList<>();
            Map<Long, List<Reaction>> reactions = reactions(h, viewer);
            for (AnnouncementStore.Row r : store.current(h, db.clock().millis())) {
                boolean read = dismissed.contains(r.id());
                if (read && !withDismissed) continue;
                out.add(entity(r, read, reactions.getOrDefault(r.id(), List.of())));
            }
            return out;
        });
    }

    /** One announcement for the user stream, as `viewer` sees it; empty once ended or deleted. */
    public java.util.Optional<AnnouncementEntity> one(int viewer, long id) {
        return db.read(h -> store.byId(h, id)
                .filter(r -> r.endsAt() == null || r.endsAt() > db.clock().millis())
                .map(r -> entity(
                        r,
                        store.dismissed(h, viewer).contains(id),
                        reactions(h, viewer).getOrDefault(id, List.of()))));
    }

    /** The count of one emoji on one announcement, for the stream's `announcement.reaction`. */
    public int reactionCount(long id, String name) {
        return db.read(h -> store.count(h, id, name));
    }

    public List<Written> all(boolean admin) {
        if (!admin) throw Problem.notFound();
        long now = db.clock().millis();
        return db.read(h -> store.current(h, 0).stream()
                .map(r -> new Written(
                        Long.toString(r.id()),
                        r.text(),
                        r.startsAt() == null ? "" : Times.iso(r.startsAt()),
                        r.endsAt() == null ? "" : Times.iso(r.endsAt()),
                        r.allDay(),
                        r.endsAt() != null && r.endsAt() <= now))
                .toList());
    }

    /**
     * Publishes at once. `startsAt` and `endsAt` are optional ISO times (a time without an offset is
     * UTC); an end before the start, empty text or text too long is a 422 and nothing is stored.
     */
    public long publish(boolean admin, String text, String startsAt, String endsAt, boolean allDay) {
        if (!admin) throw Problem.notFound();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw Problem.invalid("text", "text must not be blank");
        if (t.length() > MAX_TEXT) throw Problem.invalid("text", "text has at most " + MAX_TEXT + " characters");
        Long start = time("starts_at", startsAt);
        Long end = time("ends_at", endsAt);
        if (start != null && end != null && end < start)
            throw Problem.invalid("ends_at", "ends_at is before starts_at");
        return db.write(tx -> {
            long id = ids.next();
            store.insert(tx, new AnnouncementStore.Row(id, t, start, end, allDay, tx.now(), tx.now()));
            tx.emit(new AnnouncementEvents.Published(id));
            return id;
        });
    }

    public void delete(boolean admin, long id) {
        if (!admin) throw Problem.notFound();
        db.writeVoid(tx -> {
            if (!store.delete(tx, id)) throw Problem.notFound();
            tx.emit(new AnnouncementEvents.Deleted(id));
        });
    }

    public void dismiss(int viewer, long id) {
        db.writeVoid(tx -> {
            shown(tx.handle(), id);
            store.dismiss(tx, id, viewer);
        });
    }

    public void react(int viewer, long id, String name) {
        String emoji = emoji(name);
        db.writeVoid(tx -> {
            shown(tx.handle(), id);
            if (store.react(tx, id, viewer, emoji, tx.now())) tx.emit(new AnnouncementEvents.Reacted(id, emoji));
        });
    }

    public void unreact(int viewer, long id, String name) {
        String emoji = emoji(name);
        db.writeVoid(tx -> {
            shown(tx.handle(), id);
            if (store.unreact(tx, id, viewer, emoji)) tx.emit(new AnnouncementEvents.Reacted(id, emoji));
        });
    }

    private void shown(Handle h, long id) {
        store.byId(h, id)
                .filter(r -> r.endsAt() == null || r.endsAt() > db.clock().millis())
                .orElseThrow(Problem::notFound);
    }

    private Map<Long, List<Reaction>> reactions(Handle h, int viewer) {
        return store.counts(h, viewer).stream()
                .collect(Collectors.groupingBy(
                        AnnouncementStore.Count::announcementId,
                        Collectors.mapping(c -> new Reaction(c.name(), c.count(), c.me()), Collectors.toList())));
    }

    private static AnnouncementEntity entity(AnnouncementStore.Row r, boolean read, List<Reaction> reactions) {
        return new AnnouncementEntity(
                Long.toString(r.id()),
                content(r.text()),
                r.startsAt() == null ? null : Times.iso(r.startsAt()),
                r.endsAt() == null ? null : Times.iso(r.endsAt()),
                true,
                r.allDay(),
                Times.iso(r.publishedAt()),
                Times.iso(r.updatedAt()),
                read,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                reactions);
    }

    /** The text as HTML: escaped, paragraphs at blank lines, line breaks kept. */
    static String content(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            b.append("<p>")
                    .append(String.join("<br>", Html.escape(para.strip()).split("\\R")))
                    .append("</p>");
        }
        return b.toString();
    }

    private static Long time(String field, String given) {
        if (given == null || given.isBlank()) return null;
        String s = given.strip();
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException again) {
                throw Problem.invalid(field, field + " must be a date and time");
            }
        }
    }

    /**
     * A reaction's name: one Unicode emoji (with its modifiers, joiners and variation selectors).
     * Anything else, custom emoji shortcodes included, is a 422.
     */
    static String emoji(String name) {
        String s = name == null ? "" : name.strip();
        int[] cps = s.codePoints().toArray();
        boolean pictograph = false;
        if (cps.length == 0 || cps.length > MAX_EMOJI_CODE_POINTS) throw notEmoji();
        for (int cp : cps) {
            if (pictographic(cp)) pictograph = true;
            else if (!joining(cp)) throw notEmoji();
        }
        if (!pictograph) throw notEmoji();
        return s;
    }

    private static Problem notEmoji() {
        return Problem.invalid("name", "name must be a Unicode emoji");
    }

    private static boolean pictographic(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0x2190 && cp <= 0x21FF)
                || cp == 0x00A9
                || cp == 0x00AE
                || cp == 0x203C
                || cp == 0x2049
                || cp == 0x2122
                || cp == 0x2139
                || cp == 0x3030
                || cp == 0x303D
                || cp == 0x3297
                || cp == 0x3299
                || cp == 0x20E3;
    }

    /** Joiners, variation selectors, keycap, tags, skin tones sit inside 1F000-1FAFF already. */
    private static boolean joining(int cp) {
        return cp == 0x200D
                || cp == 0xFE0F
                || cp == 0xFE0E
                || (cp >= 0xE0020 && cp <= 0xE007F)
                || (cp >= '0' && cp <= '9')
                || cp == '#'
                || cp == '*';
    }
}
