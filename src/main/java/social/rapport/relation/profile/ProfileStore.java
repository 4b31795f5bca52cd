package social.rapport.relation.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.Audience;
import social.rapport.store.Tx;

/** SQL for profile items and introductions. Audiences are stored in their wire form. */
public final class ProfileStore {
    public record Item(String name, String value, Audience audience) {}

    public record Introduction(String text, java.util.List<Long> postIds) {}

    /** Every item of the account, with defaults for those never set. */
    public Map<String, Item> items(Handle h, int account) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (String n : ProfileItem.FIELDS) out.put(n, new Item(n, "", ProfileItem.defaultAudience(n)));
        for (String n : ProfileItem.LISTS) out.put(n, new Item(n, "", ProfileItem.defaultAudience(n)));
        h.createQuery("SELECT name, value, audience FROM profile_items WHERE account_id = :a")
                .bind("a", account)
                .map((rs, c) -> new Item(rs.getString(1), rs.getString(2), Audience.fromWire(rs.getString(3))))
                .forEach(i -> {
                    if (out.containsKey(i.name())) out.put(i.name(), i);
                });
        return out;
    }

    public Audience audience(Handle h, int account, String name) {
        return h.createQuery("SELECT audience FROM profile_items WHERE account_id = :a AND name = :n")
                .bind("a", account)
                .bind("n", name)
                .mapTo(String.class)
                .findOne()
                .map(Audience::fromWire)
                .orElse(ProfileItem.defaultAudience(name));
    }

    public void put(Tx tx, int account, Item item) {
        tx.handle()
                .createUpdate("DELETE FROM profile_items WHERE account_id = :a AND name = :n")
                .bind("a", account)
                .bind("n", item.name())
                .execute();
        tx.handle()
                .createUpdate("INSERT INTO profile_items (account_id, name, value, audience) VALUES (:a, :n, :v, :w)")
                .bind("a", account)
                .bind("n", item.name())
                .bind("v", item.value())
                .bind("w", item.audience().wire())
                .execute();
    }

    public java.util.Optional<Introduction> introduction(Handle h, int account) {
        return h.createQuery("SELECT text, post_ids FROM introductions WHERE account_id = :a")
                .bind("a", account)
                .map((rs, c) -> new Introduction(rs.getString(1), ids(rs.getString(2))))
                .findOne();
    }

    private static java.util.List<Long> ids(String s) {
        if (s.isBlank()) return java.util.List.of();
        return java.util.Arrays.stream(s.trim().split(" ")).map(Long::parseLong).toList();
    }

    public void putIntroduction(Tx tx, int account, Introduction intro) {
        tx.handle()
                .createUpdate("DELETE FROM introductions WHERE account_id = :a")
                .bind("a", account)
                .execute();
        tx.handle()
                .createUpdate(
                        "INSERT INTO introductions (account_id, text, post_ids, updated_at) VALUES (:a, :t, :p, :u)")
                .bind("a", account)
                .bind("t", intro.text())
                .bind(
                        "p",
                        String.join(
                                " ",
                                intro.postIds().stream().map(String::valueOf).toList()))
                .bind("u", tx.now())
                .execute();
    }
}
