package social.rapport.relation.circle;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for circles and their members. */
public final class CircleStore {
    public static final List<String> DEFAULTS = List.of("Business", "Personal", "Family");

    public List<Circle> of(Handle h, int owner) {
        return h.createQuery("SELECT id, owner_id, name FROM circles WHERE owner_id = :o ORDER BY id")
                .bind("o", owner)
                .map((rs, c) -> new Circle(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    public Optional<Circle> byId(Handle h, long id) {
        return h.createQuery("SELECT id, owner_id, name FROM circles WHERE id = :id")
                .bind("id", id)
                .map((rs, c) -> new Circle(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .findOne();
    }

    public long insert(Tx tx, int owner, String name) {
        return tx.handle()
                .createQuery("INSERT INTO circles (owner_id, name, created_at) VALUES (:o, :n, :t) RETURNING id")
                .bind("o", owner)
                .bind("n", name)
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public void rename(Tx tx, long id, String name) {
        tx.handle()
                .createUpdate("UPDATE circles SET name = :n WHERE id = :id")
                .bind("n", name)
                .bind("id", id)
                .execute();
    }

    public void delete(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM circles WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    /** Marks the starting circles as made; answers false when they already were. */
    public boolean markDefaults(Tx tx, int owner) {
        return tx.handle()
                        .createUpdate(tx.dialect().insertIgnore("circle_defaults", "account_id", ":o", "account_id"))
                        .bind("o", owner)
                        .execute()
                == 1;
    }

    public boolean hasDefaults(Handle h, int owner) {
        return h.createQuery("SELECT COUNT(*) FROM circle_defaults WHERE account_id = :o")
                        .bind("o", owner)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    public boolean addMember(Tx tx, long circle, int member) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "circle_members", "circle_id, member_id", ":c, :m", "circle_id, member_id"))
                        .bind("c", circle)
                        .bind("m", member)
                        .execute()
                == 1;
    }

    public boolean removeMember(Tx tx, long circle, int member) {
        return tx.handle()
                        .createUpdate("DELETE FROM circle_members WHERE circle_id = :c AND member_id = :m")
                        .bind("c", circle)
                        .bind("m", member)
                        .execute()
                == 1;
    }

    public List<Integer> members(Handle h, long circle) {
        return h.createQuery("SELECT member_id FROM circle_members WHERE circle_id = :c ORDER BY member_id")
                .bind("c", circle)
                .mapTo(Integer.class)
                .list();
    }
}
