package social.rapport.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.StoreException;

/**
 * Creates an account: a handle of 1–30 of a-z 0-9 _ (unique ignoring case), an email and a password
 * that passes the rules. The registration mode decides whether it is active at once, waits for an
 * admin, or is refused. Admins made from the command line skip the mode.
 */
public final class SignUp {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_]{1,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private final Database db;
    private final AccountStore accounts;
    private final Settings settings;
    private final ConfirmEmail confirm;

    public record Request(String handle, String email, String password, boolean agreement) {}

    /** Without email confirmation (operators' tools). */
    public SignUp(Database db, AccountStore accounts, Settings settings) {
        this(db, accounts, settings, null);
    }

    /**
     * `confirm` non-null: sign-ups in the open mode wait in state 'unconfirmed' until their address is
     * confirmed through a mailed link, and an address that is already a member's is answered like a
     * fresh one (its owner is told by mail).
     */
    public SignUp(Database db, AccountStore accounts, Settings settings, ConfirmEmail confirm) {
        this.db = db;
        this.accounts = accounts;
        this.settings = settings;
        this.confirm = confirm;
    }

    /**
     * A person signing up through the web or the API. Null when the address already belongs to a
     * member and the sign-up waits for confirmation: nothing is made, the member is told by mail, and
     * the caller answers exactly as for an account that waits for its confirmation.
     */
    public Account signUp(Request r) {
        return signUp(r, (tx, a) -> a);
    }

    /**
     * Signs up and, in the same transaction, does what must not happen without it (such as issuing a
     * token); null as {@link #signUp(Request)}.
     */
    public <T> T signUp(Request r, java.util.function.BiFunction<social.rapport.store.Tx, Account, T> then) {
        Settings.Registration mode = settings.registration();
        if (mode == Settings.Registration.CLOSED) throw Problem.forbidden("Registrations are closed on this server");
        String state = mode == Settings.Registration.APPROVAL ? "pending" : "active";
        if (confirm != null && mode == Settings.Registration.OPEN) {
            return create(r, "user", ConfirmEmail.UNCONFIRMED, then, state);
        }
        return create(r, "user", state, then, null);
    }

    /** Whether an address has the shape of one (and a length mail servers take). */
    static boolean validEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Whether this server's sign-ups wait for their address to be confirmed. */
    public boolean confirms() {
        return confirm != null && settings.registration() == Settings.Registration.OPEN;
    }

    /** An account made by an operator (the first admin comes from here). */
    public Account createByOperator(String handle, String email, String password, String role) {
        if (!java.util.Set.of("user", "moderator", "admin").contains(role)) {
            throw Problem.invalid("role", "Role must be user, moderator or admin");
        }
        return create(new Request(handle, email, password, true), role, "active", (tx, a) -> a, null);
    }

    private <T> T create(
            Request r,
            String role,
            String state,
            java.util.function.BiFunction<social.rapport.store.Tx, Account, T> then,
            String thenState) {
        Map<String, String> bad = new LinkedHashMap<>();
        // Handles are kept lower-case, so "Ana" and "ana" are the same person.
        String handle = r.handle() == null ? "" : r.handle().strip().toLowerCase(java.util.Locale.ROOT);
        String email = r.email() == null ? "" : r.email().strip();
        if (!HANDLE.matcher(handle).matches()) {
            bad.put("username", "Username must be 1 to 30 letters a-z, digits or underscores");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) bad.put("email", "Email is invalid");
        String pw = Passwords.problem(r.password());
        if (pw != null) bad.put("password", pw);
        if (!r.agreement()) bad.put("agreement", "You must agree to the server rules");
        if (!bad.isEmpty()) throw Problem.invalid(bad);
        String hash = Passwords.hash(r.password());
        try {
            return db.write(tx -> {
                if (accounts.byHandle(tx.handle(), handle).isPresent())
                    throw Problem.invalid("username", "Username is taken");
                java.util.Optional<Account> owner = accounts.byEmail(tx.handle(), email);
                if (owner.isPresent()) {
                    if (thenState == null) throw Problem.invalid("email", "Email is taken");
                    confirm.tellTaken(tx, owner.get());
                    return null;
                }
                int id = accounts.insert(tx, handle, email, hash, role, state);
                tx.emit(new AccountEvents.Created(id));
                Account made = accounts.byId(tx.handle(), id).orElseThrow();
                if (thenState != null) confirm.issue(tx, made, thenState);
                return then.apply(tx, made);
            });
        } catch (StoreException.AlreadyExists e) {
            throw Problem.invalid("username", "Username or email is taken");
        }
    }
}
