package social.rapport.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Changes one's own profile. Only what the request mentions changes: a request without `locked`
 * leaves it as it was. Limits are Mastodon's: a display name of 30 characters, a bio of 500,
 * up to 4 fields of 255 characters each.
 */
public final class UpdateProfile {
    public static final int MAX_DISPLAY_NAME = 30;
    public static final int MAX_NOTE = 500;
    public static final int MAX_FIELDS = 4;
    public static final int MAX_FIELD_TEXT = 255;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final AccountStore accounts;

    public record Field(String name, String value) {}

    /** Null means "not mentioned, keep it". */
    public record Changes(
            String displayName,
            String note,
            Boolean locked,
            List<Field> fields,
            Boolean discoverable,
            Boolean indexable) {
        public Changes(String displayName, String note, Boolean locked, List<Field> fields) {
            this(displayName, note, locked, fields, null, null);
        }
    }

    public UpdateProfile(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Account update(int accountId, Changes c) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (c.displayName() != null && length(c.displayName()) > MAX_DISPLAY_NAME) {
            bad.put("display_name", "Display name is too long (maximum is " + MAX_DISPLAY_NAME + " characters)");
        }
        if (c.note() != null && length(c.note()) > MAX_NOTE) {
            bad.put("note", "Note is too long (maximum is " + MAX_NOTE + " characters)");
        }
        List<Field> fields = c.fields() == null
                ? null
                : c.fields().stream()
                        .filter(f -> !(f.name().isBlank() && f.value().isBlank()))
                        .toList();
        if (fields != null) {
            if (fields.size() > MAX_FIELDS) bad.put("fields_attributes", "At most " + MAX_FIELDS + " fields");
            else if (fields.stream()
                    .anyMatch(f -> length(f.name()) > MAX_FIELD_TEXT || length(f.value()) > MAX_FIELD_TEXT)) {
                bad.put("fields_attributes", "A field's name and value are at most " + MAX_FIELD_TEXT + " characters");
            } else if (fields.stream().anyMatch(f -> f.name().isBlank())) {
                bad.put("fields_attributes", "A field with a value needs a name");
            }
        }
        if (!bad.isEmpty()) throw Problem.invalid(bad);
        return db.write(tx -> {
            Account a = accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            String fieldsJson = fields == null ? a.fields() : json(fields);
            accounts.updateProfile(
                    tx,
                    accountId,
                    c.displayName() == null ? a.displayName() : c.displayName().strip(),
                    c.note() == null ? a.note() : c.note().strip(),
                    c.locked() == null ? a.locked() : c.locked(),
                    fieldsJson);
            if (c.discoverable() != null || c.indexable() != null) {
                accounts.setDiscovery(
                        tx,
                        accountId,
                        c.discoverable() == null ? a.discoverable() : c.discoverable(),
                        c.indexable() == null ? a.indexable() : c.indexable());
            }
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String json(List<Field> fields) {
        try {
            return JSON.writeValueAsString(fields.stream()
                    .map(f ->
                            Map.of("name", f.name().strip(), "value", f.value().strip()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
