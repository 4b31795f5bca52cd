package social.rapport.timeline.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import social.rapport.store.Dialect;

/**
 * Writes many rows into one table as fast as the database takes them: PostgreSQL's COPY through the
 * driver's copy API, SQLite's multi-row INSERT statements of a few hundred rows each. The rows are
 * given column by column in the order of `columns`; null stays NULL.
 */
abstract class BulkRows implements AutoCloseable {
    final String table;
    final String[] columns;
    long rows;

    private BulkRows(String table, String columns) {
        this.table = table;
        this.columns = columns.split(",\\s*");
    }

    static BulkRows open(Connection c, Dialect dialect, String table, String columns) throws SQLException {
        return dialect == Dialect.POSTGRES ? new Copy(c, table, columns) : new Inserts(c, table, columns);
    }

    /** One row; values are Long, Integer, String, Boolean or null. */
    abstract void row(Object... values) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    /** PostgreSQL: COPY … FROM STDIN in CSV, sent in chunks of about a megabyte. */
    private static final class Copy extends BulkRows {
        private final CopyIn copy;
        private final StringBuilder buf = new StringBuilder(1 << 21);

        Copy(Connection c, String table, String columns) throws SQLException {
            super(table, columns);
            copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) buf.append(',');
                Object v = values[i];
                if (v == null) continue;
                if (v instanceof String s) {
                    buf.append('"');
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        if (ch == '"') buf.append('"');
                        buf.append(ch);
                    }
                    buf.append('"');
                } else if (v instanceof Boolean b) {
                    buf.append(b ? "t" : "f");
                } else {
                    buf.append(v);
                }
            }
            buf.append('\n');
            rows++;
            if (buf.length() > (1 << 20)) flush();
        }

        private void flush() throws SQLException {
            byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buf.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }

    /** SQLite: INSERT … VALUES (…), (…), … with a few hundred rows per statement. */
    private static final class Inserts extends BulkRows {
        private static final int MAX_VARIABLES = 30_000;
        private final Connection c;
        private final int perStatement;
        private final PreparedStatement full;
        private final List<Object[]> pending = new ArrayList<>();

        Inserts(Connection c, String table, String columns) throws SQLException {
            super(table, columns);
            this.c = c;
            this.perStatement = Math.max(1, Math.min(500, MAX_VARIABLES / this.columns.length));
            this.full = c.prepareStatement(sql(perStatement));
        }

        private String sql(int n) {
            StringBuilder b = new StringBuilder("INSERT INTO ")
                    .append(table)
                    .append(" (")
                    .append(String.join(", ", columns))
                    .append(") VALUES ");
            String one = "(" + "?, ".repeat(columns.length - 1) + "?)";
            for (int i = 0; i < n; i++) b.append(i == 0 ? "" : ", ").append(one);
            return b.toString();
        }

        @Override
        void row(Object... values) throws SQLException {
            pending.add(values);
            rows++;
            if (pending.size() == perStatement) {
                bind(full, pending);
                full.executeUpdate();
                pending.clear();
            }
        }

        private static void bind(PreparedStatement st, List<Object[]> rows) throws SQLException {
            int p = 1;
            for (Object[] r : rows) for (Object v : r) st.setObject(p++, v);
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!pending.isEmpty()) {
                    try (PreparedStatement st = c.prepareStatement(sql(pending.size()))) {
                        bind(st, pending);
                        st.executeUpdate();
                    }
                    pending.clear();
                }
            } finally {
                full.close();
            }
        }
    }
}
