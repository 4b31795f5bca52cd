package social.rapport.group;

import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/** Makes a group; its creator is its owner and first member. */
public final class CreateGroup {
    /** What a create or an update asks for; null fields keep (or default) their value. */
    public record Request(
            String name, String handle, String description, String rules, String kind, String membersVisible) {}

    private final Database db;
    private final GroupStore store;

    public CreateGroup(Database db, GroupStore store) {
        this.db = db;
        this.store = store;
    }

    public Group create(int owner, Request r) {
        return db.write(tx -> create(tx, owner, r));
    }

    public Group create(Tx tx, int owner, Request r) {
        String name = GroupFields.name(r.name());
        String handle = GroupFields.handle(r.handle());
        String description = GroupFields.text("description", r.description(), GroupFields.DESCRIPTION);
        String rules = GroupFields.text("rules", r.rules(), GroupFields.RULES);
        Group.Kind kind = GroupFields.kind(r.kind(), Group.Kind.PUBLIC);
        Group.MembersVisible visible = GroupFields.visible(r.membersVisible(), Group.MembersVisible.MEMBERS);
        if (store.handleTaken(tx.handle(), handle)) throw Problem.invalid("handle", "This handle is taken");
        long id = store.insert(tx, owner, name, handle, description, rules, kind, visible);
        store.put(tx, id, owner, Membership.State.MEMBER, Membership.Role.OWNER, 0);
        tx.emit(new GroupEvents.Changed(id));
        return store.byId(tx.handle(), id).orElseThrow();
    }
}
