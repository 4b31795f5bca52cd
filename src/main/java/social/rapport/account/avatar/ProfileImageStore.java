package social.rapport.account.avatar;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.store.Tx;

/** SQL for the uploaded avatar and header of accounts (their file names and the secret that signs them). */
final class ProfileImageStore {
    /** Whose image a file is, and the secret its addresses are signed with. */
    record Owner(int accountId, String secret) {}

    private static String column(Kind kind) {
        return kind == Kind.AVATAR ? "avatar_file" : "header_file";
    }

    Optional<Owner> owner(Handle h, Kind kind, String file) {
        return h.createQuery("SELECT id, image_secret FROM accounts WHERE " + column(kind) + " = :f")
                .bind("f", file)
                .map((rs, ctx) -> new Owner(rs.getInt("id"), rs.getString("image_secret")))
                .findOne();
    }

    /** The account's current file of that kind (null: none) and its secret, read for a change. */
    Optional<Owner> current(Handle h, int accountId) {
        return h.createQuery("SELECT id, image_secret FROM accounts WHERE id = :id")
                .bind("id", accountId)
                .map((rs, ctx) -> new Owner(rs.getInt("id"), rs.getString("image_secret")))
                .findOne();
    }

    Optional<String> file(Handle h, int accountId, Kind kind) {
        return h.createQuery("SELECT " + column(kind) + " FROM accounts WHERE id = :id")
                .bind("id", accountId)
                .mapTo(String.class)
                .findOne();
    }

    /**
     * Sets (or with null clears) the file of that kind; `secret` is kept once made. Answers false when
     * the account is gone (deleted meanwhile).
     */
    boolean set(Tx tx, int accountId, Kind kind, String file, String secret) {
        return tx.handle()
                        .createUpdate("UPDATE accounts SET " + column(kind) + " = :f,"
                                + " image_secret = COALESCE(image_secret, :s), updated_at = :t WHERE id = :id")
                        .bind("f", file)
                        .bind("s", secret)
                        .bind("t", tx.now())
                        .bind("id", accountId)
                        .execute()
                == 1;
    }
}
