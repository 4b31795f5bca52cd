package social.rapport.account;

import java.util.Optional;
import social.rapport.store.Database;

/** Instance-wide settings kept in the database (registration mode and the like). */
public final class Settings {
    public enum Registration {
        OPEN,
        APPROVAL,
        CLOSED;

        public String wire() {
            return name().toLowerCase();
        }

        public static Optional<Registration> parse(String s) {
            for (Registration r : values()) if (r.wire().equals(s)) return Optional.of(r);
            return Optional.empty();
        }
    }

    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(h -> h.createQuery("SELECT value FROM settings WHERE name = :n")
                .bind("n", name)
                .mapTo(String.class)
                .findOne());
    }

    public void set(String name, String value) {
        db.writeVoid(tx -> {
            int n = tx.handle()
                    .createUpdate("UPDATE settings SET value = :v WHERE name = :n")
                    .bind("n", name)
                    .bind("v", value)
                    .execute();
            if (n == 0) {
                tx.handle()
                        .createUpdate("INSERT INTO settings (name, value) VALUES (:n, :v)")
                        .bind("n", name)
                        .bind("v", value)
                        .execute();
            }
        });
    }

    public Registration registration() {
        return get("registration").flatMap(Registration::parse).orElse(Registration.OPEN);
    }

    public void setRegistration(Registration r) {
        set("registration", r.wire());
    }
}
