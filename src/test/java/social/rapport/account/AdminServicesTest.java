package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.MigratedDb;

@EachDatabase
class AdminServicesTest {
    MigratedDb migrated;
    Database db;
    AccountStore accounts = new AccountStore();
    Settings settings;

    @BeforeEach
    void open() {
        db = migrated.db();
        settings = new Settings(db);
    }

    private Account make(String handle, String role, String state) {
        return db.write(
                tx -> accounts.byId(tx.handle(), accounts.insert(tx, handle, handle + "@example.org", "x", role, state))
                        .orElseThrow());
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    @Test
    void only_an_admin_may_list_approve_set_roles_or_change_registrations_and_to_others_they_do_not_exist() {
        Account ana = make("ana", "user", "active");
        Account mo = make("mo", "moderator", "active");
        Account ben = make("ben", "user", "pending");
        for (Account who : new Account[] {null, ana, mo}) {
            assertNotFound(() -> new ListAccounts(db, accounts).list(who, 0));
            assertNotFound(() -> new ApproveAccount(db, accounts).approve(who, ben.id()));
            assertNotFound(() -> new SetRole(db, accounts).byAdmin(who, ben.id(), "admin"));
            assertNotFound(() -> new SetRegistrationMode(settings).set(who, "closed"));
            assertNotFound(() -> new SetRegistrationMode(settings).current(who));
        }
        assertThat(db.read(h -> accounts.byId(h, ben.id())).orElseThrow().state())
                .isEqualTo("pending");
        assertThat(settings.registration()).isEqualTo(Settings.Registration.OPEN);
    }

    @Test
    void the_admin_approves_only_pending_accounts_and_pages_through_them_newest_first() {
        Account root = make("root", "admin", "active");
        Account ben = make("ben", "user", "pending");
        ApproveAccount approve = new ApproveAccount(db, accounts);
        assertThat(approve.approve(root, ben.id()).state()).isEqualTo("active");
        assertThatThrownBy(() -> approve.approve(root, ben.id()))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(422));
        assertNotFound(() -> approve.approve(root, 999_999));

        for (int i = 0; i < ListAccounts.PAGE + 5; i++) make("user" + i, "user", "active");
        ListAccounts list = new ListAccounts(db, accounts);
        var first = list.list(root, 0);
        assertThat(first).hasSize(ListAccounts.PAGE);
        assertThat(first.get(0).handle()).isEqualTo("user" + (ListAccounts.PAGE + 4));
        var rest = list.list(root, first.get(first.size() - 1).id());
        assertThat(rest)
                .extracting(Account::handle)
                .containsExactly("user4", "user3", "user2", "user1", "user0", "ben", "root");
    }

    @Test
    void registration_mode_must_be_one_of_the_three() {
        Account root = make("root", "admin", "active");
        SetRegistrationMode mode = new SetRegistrationMode(settings);
        mode.set(root, "approval");
        assertThat(mode.current(root)).isEqualTo(Settings.Registration.APPROVAL);
        assertThatThrownBy(() -> mode.set(root, "sometimes"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("registration"));
        assertThat(mode.current(root)).isEqualTo(Settings.Registration.APPROVAL);
    }
}
