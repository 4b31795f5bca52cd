package social.rapport.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Changes one's own profile: display name (up to 30 characters), bio (up to 500), whether the account
 * approves its followers, and up to 4 metadata fields. Whatever is not given (null) stays as it was,
 * so saving one setting never changes another, least of all `locked`. The API and the settings page
 * share these rules.
 */
public final class UpdateProfile {
    public static final int MAX_NAME = 30;
    public static final int MAX_NOTE = 500;
    public static final int MAX_FIELDS = 4;
    public static final int MAX_FIELD_TEXT = 255;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final AccountStore accounts;

    public record Field(String name, String value) {}

    /** The changes asked for; null means "leave as it is". */
    public record Changes(String displayName, String note, Boolean locked, List<Field> fields) {}

    public UpdateProfile(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Account update(int accountId, Changes c) {
        Map<String, String> bad = new LinkedHashMap<>();
        String name = c.displayName() == null ? null : c.displayName().strip();
        String note = c.note() == null ? null : c.note().strip().replace("\r\n", "\n");
        if (name != null && length(name) > MAX_NAME) {
            bad.put("display_name", "Display name is too long (maximum is " + MAX_NAME + " characters)");
        }
        if (note != null && length(note) > MAX_NOTE) bad.put("note", "Bio is too long (maximum is " + MAX_NOTE + " characters)");
        if (c.fields() != null) {
            if (c.fields().size() > MAX_FIELDS) bad.put("fields_attributes", "At most " + MAX_FIELDS + " fields");
            for (Field f : c.fields()) {
                if (length(f.name()) > MAX_FIELD_TEXT || length(f.value()) > MAX_FIELD_TEXT) {
                    bad.put("fields_attributes", "A field's name and value may each hold at most " + MAX_FIELD_TEXT + " characters");
                }
            }
        }
        if (!bad.isEmpty()) throw Problem.invalid(bad);
        String fieldsJson = c.fields() == null ? null : json(c.fields().stream()
                .filter(f -> !blank(f.name()) || !blank(f.value()))
                .map(f -> Map.of("name", f.name() == null ? "" : f.name().strip(),
                        "value", f.value() == null ? "" : f.value().strip()))
                .toList());
        return db.write(tx -> {
            Account a = accounts.byId(tx.handle(), accountId).filter(Account::active).orElseThrow(Problem::notFound);
            accounts.setProfile(tx, accountId, name == null ? a.displayName() : name, note == null ? a.note() : note,
                    c.locked() == null ? a.locked() : c.locked(), fieldsJson == null ? a.fields() : fieldsJson);
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }

    private static int length(String s) { return s == null ? 0 : s.codePointCount(0, s.length()); }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
