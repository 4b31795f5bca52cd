package social.rapport.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.processing.MediaKind;
import social.rapport.store.Tx;

/** The `media_attachments` table. Decides nothing about who may see what. */
final class MediaStore {
    private static final String COLUMNS = "id, account_id, status_id, position, kind, file_key, state, error,"
            + " original_name, original_type, original_size, original_width, original_height,"
            + " small_name, small_type, small_size, small_width, small_height,"
            + " blurhash, description, focus_x, focus_y, duration, frame_rate, created_at";

    void insert(Tx tx, Attachment a) {
        tx.handle()
                .createUpdate("INSERT INTO media_attachments (" + COLUMNS + ") VALUES (:id, :account, NULL, 0, :kind,"
                        + " :key, :state, :error, :on, :ot, :os, :ow, :oh, :sn, :st, :ss, :sw, :sh, :blurhash,"
                        + " :description, :fx, :fy, :duration, :fps, :t)")
                .bind("id", a.id())
                .bind("account", a.accountId())
                .bind("kind", a.kind().name().toLowerCase(Locale.ROOT))
                .bind("key", a.fileKey())
                .bind("state", a.state().name().toLowerCase(Locale.ROOT))
                .bind("error", a.error())
                .bind("on", a.original() == null ? null : a.original().name())
                .bind("ot", a.original() == null ? null : a.original().type())
                .bind("os", a.original() == null ? null : a.original().size())
                .bind("ow", a.original() == null ? null : a.original().width())
                .bind("oh", a.original() == null ? null : a.original().height())
                .bind("sn", a.small() == null ? null : a.small().name())
                .bind("st", a.small() == null ? null : a.small().type())
                .bind("ss", a.small() == null ? null : a.small().size())
                .bind("sw", a.small() == null ? null : a.small().width())
                .bind("sh", a.small() == null ? null : a.small().height())
                .bind("blurhash", a.blurhash())
                .bind("description", a.description())
                .bind("fx", a.focusX())
                .bind("fy", a.focusY())
                .bind("duration", a.duration())
                .bind("fps", a.frameRate())
                .bind("t", a.createdAt())
                .execute();
    }

    /** Processing done: the renditions and what was learnt of them. False when the row is gone (deleted meanwhile). */
    boolean finish(Tx tx, long id, Attachment done) {
        return tx.handle()
                        .createUpdate("UPDATE media_attachments SET kind = :kind, state = 'ready', error = NULL,"
                                + " original_name = :on, original_type = :ot, original_size = :os, original_width = :ow,"
                                + " original_height = :oh, small_name = :sn, small_type = :st, small_size = :ss,"
                                + " small_width = :sw, small_height = :sh, blurhash = :blurhash, duration = :duration,"
                                + " frame_rate = :fps WHERE id = :id AND state = 'processing'")
                        .bind("id", id)
                        .bind("kind", done.kind().name().toLowerCase(Locale.ROOT))
                        .bind("on", done.original().name())
                        .bind("ot", done.original().type())
                        .bind("os", done.original().size())
                        .bind("ow", done.original().width())
                        .bind("oh", done.original().height())
                        .bind("sn", done.small() == null ? null : done.small().name())
                        .bind("st", done.small() == null ? null : done.small().type())
                        .bind("ss", done.small() == null ? null : done.small().size())
                        .bind("sw", done.small() == null ? null : done.small().width())
                        .bind("sh", done.small() == null ? null : done.small().height())
                        .bind("blurhash", done.blurhash())
                        .bind("duration", done.duration())
                        .bind("fps", done.frameRate())
                        .execute()
                == 1;
    }

    void fail(Tx tx, long id, String error) {
        tx.handle()
                .createUpdate("UPDATE media_attachments SET state = 'failed', error = :e WHERE id = :id"
                        + " AND state = 'processing'")
                .bind("id", id)
                .bind("e", error)
                .execute();
    }

    Optional<Attachment> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    Optional<Attachment> byKey(Handle h, String fileKey) {
        return h.createQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE file_key = :k")
                .bind("k", fileKey)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    List<Attachment> byIds(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return h.createQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /** The media of the posts, each post's in order. */
    List<Attachment> ofStatuses(Handle h, Collection<Long> statusIds) {
        if (statusIds.isEmpty()) return List.of();
        return h.createQuery("SELECT " + COLUMNS + " FROM media_attachments WHERE status_id IN (<ids>)"
                        + " ORDER BY status_id, position")
                .bindList("ids", List.copyOf(statusIds))
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /** Attaches an upload that is still free; false when it is not (taken, gone, not ready). */
    boolean attach(Tx tx, long id, int account, long statusId, int position) {
        return tx.handle()
                        .createUpdate("UPDATE media_attachments SET status_id = :s, position = :p WHERE id = :id"
                                + " AND account_id = :a AND state = 'ready' AND (status_id IS NULL OR status_id = :s)")
                        .bind("id", id)
                        .bind("a", account)
                        .bind("s", statusId)
                        .bind("p", position)
                        .execute()
                == 1;
    }

    /**
     * Frees the post's media not among `keep`: they become unattached, so only their uploader may
     * see them, and the cleanup removes them (they are older than a day, or will be).
     */
    void detachOthers(Tx tx, long statusId, Collection<Long> keep) {
        String sql = "UPDATE media_attachments SET status_id = NULL, position = 0 WHERE status_id = :s"
                + (keep.isEmpty() ? "" : " AND id NOT IN (<keep>)");
        var u = tx.handle().createUpdate(sql).bind("s", statusId);
        if (!keep.isEmpty()) u.bindList("keep", List.copyOf(keep));
        u.execute();
    }

    void describe(Tx tx, long id, String description, double focusX, double focusY) {
        tx.handle()
                .createUpdate(
                        "UPDATE media_attachments SET description = :d, focus_x = :x, focus_y = :y WHERE id = :id")
                .bind("id", id)
                .bind("d", description)
                .bind("x", focusX)
                .bind("y", focusY)
                .execute();
    }

    /** Deletes an unattached upload of the account; answers it, or empty when there was none such. */
    Optional<Attachment> deleteUnattached(Tx tx, long id, int account) {
        return tx.handle()
                .createQuery("DELETE FROM media_attachments WHERE id = :id AND account_id = :a AND status_id IS NULL"
                        + " RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("a", account)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** Claims (deletes) the media of a post, answering them so their files can go too. */
    List<Attachment> deleteOfStatus(Tx tx, long statusId) {
        return tx.handle()
                .createQuery("DELETE FROM media_attachments WHERE status_id = :s RETURNING " + COLUMNS)
                .bind("s", statusId)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    List<Attachment> deleteOfAccount(Tx tx, int account) {
        return tx.handle()
                .createQuery("DELETE FROM media_attachments WHERE account_id = :a RETURNING " + COLUMNS)
                .bind("a", account)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /**
     * Claims (deletes) at most `limit` uploads no post took that were made before `before`, oldest
     * first: whichever server deletes a row removes its files, the others find it gone.
     */
    List<Attachment> claimAbandoned(Tx tx, long before, int limit) {
        return tx.handle()
                .createQuery("DELETE FROM media_attachments WHERE id IN (SELECT id FROM media_attachments"
                        + " WHERE status_id IS NULL AND created_at < :b ORDER BY created_at LIMIT :n) RETURNING "
                        + COLUMNS)
                .bind("b", before)
                .bind("n", limit)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    private static Attachment row(ResultSet rs) throws SQLException {
        long status = rs.getLong("status_id");
        Attachment.File original = file(rs, "original");
        Attachment.File small = file(rs, "small");
        double duration = rs.getDouble("duration");
        Double d = rs.wasNull() ? null : duration;
        double fps = rs.getDouble("frame_rate");
        Double f = rs.wasNull() ? null : fps;
        return new Attachment(
                rs.getLong("id"),
                rs.getInt("account_id"),
                status,
                rs.getInt("position"),
                MediaKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                rs.getString("file_key"),
                Attachment.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                rs.getString("error"),
                original,
                small,
                rs.getString("blurhash"),
                rs.getString("description"),
                rs.getDouble("focus_x"),
                rs.getDouble("focus_y"),
                d,
                f,
                rs.getLong("created_at"));
    }

    private static Attachment.File file(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "_name");
        if (name == null) return null;
        return new Attachment.File(
                name,
                rs.getString(prefix + "_type"),
                rs.getLong(prefix + "_size"),
                rs.getInt(prefix + "_width"),
                rs.getInt(prefix + "_height"));
    }

    static List<String> blobKeys(Collection<Attachment> gone) {
        List<String> out = new ArrayList<>();
        for (Attachment a : gone) {
            if (a.original() != null)
                out.add(Attachment.blobKey(a.fileKey(), a.original().name()));
            if (a.small() != null)
                out.add(Attachment.blobKey(a.fileKey(), a.small().name()));
        }
        return out;
    }
}
