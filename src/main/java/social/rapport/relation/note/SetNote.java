package social.rapport.relation.note;

import social.rapport.core.Problem;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Keeps a private note about an account one may find (as Mastodon's account note): a reminder of who
 * they are and how one met. Only its writer ever sees it, in the Relationship entity.
 */
public final class SetNote {
    /** Mastodon's limit for an account note. */
    public static final int MAX = 2000;

    private final Database db;
    private final Visible visible;
    private final NoteStore notes;
    private final Relationships relationships;

    public SetNote(Database db, Visible visible, NoteStore notes, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.notes = notes;
        this.relationships = relationships;
    }

    /** A null or blank comment removes the note. */
    public Relationship set(int viewer, int targetId, String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.codePointCount(0, c.length()) > MAX) {
            throw Problem.invalid("comment", "A note has at most " + MAX + " characters");
        }
        if (targetId == viewer) throw Problem.invalid("id", "A note is about someone else");
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, targetId);
            notes.set(tx, viewer, targetId, c);
        });
        return relationships.with(viewer, targetId);
    }
}
