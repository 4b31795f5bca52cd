package social.rapport.store;

/** Driver errors turned into what they mean for the domain. */
public class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A unique key is taken: the row already exists. */
    public static final class AlreadyExists extends StoreException {
        AlreadyExists(Throwable cause) {
            super("already exists", cause);
        }
    }

    /** A foreign key points nowhere: what it refers to does not exist (any more). */
    public static final class NotFound extends StoreException {
        NotFound(Throwable cause) {
            super("not found", cause);
        }
    }

    /** Two writers collided (PostgreSQL serialization failure or deadlock); the change can be retried. */
    public static final class Contended extends StoreException {
        Contended(Throwable cause) {
            super("contended", cause);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                String msg = String.valueOf(sql.getMessage());
                if ("23505".equals(state)
                        || msg.contains("UNIQUE constraint failed")
                        || msg.contains("PRIMARYKEY")
                        || msg.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return new AlreadyExists(e);
                }
                if ("23503".equals(state) || msg.contains("FOREIGN KEY constraint failed")) {
                    return new NotFound(e);
                }
                if ("40001".equals(state) || "40P01".equals(state)) return new Contended(e);
            }
        }
        return e;
    }
}
