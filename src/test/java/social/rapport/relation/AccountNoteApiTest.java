package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** A private note about someone: only its writer ever reads it, in the Relationship entity. */
@RapportServer
class AccountNoteApiTest {
    TestServer server;
    Http http;

    @Person
    User ana, ben, cleo;

    private String note(User viewer, User about) {
        return http.get("/api/v1/accounts/relationships?id[]=" + about.id(), viewer.token())
                .json()
                .get(0)
                .get("note")
                .asText();
    }

    private Http.Res write(User writer, User about, Object comment) {
        return http.postJson("/api/v1/accounts/" + about.id() + "/note", writer.token(), map("comment", comment));
    }

    @Test
    void a_note_is_read_by_its_writer_only_and_a_blank_one_removes_it() {
        Http.Res r = write(ana, ben, "  Met at the furniture fair; ask about oak.  ");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(ben.idString());
        assertThat(r.json().get("note").asText()).isEqualTo("Met at the furniture fair; ask about oak.");
        assertThat(note(ana, ben)).isEqualTo("Met at the furniture fair; ask about oak.");
        assertThat(note(ben, ana)).isEmpty();
        assertThat(note(cleo, ben)).isEmpty();

        Http.Res form = http.send(
                "POST",
                "/api/v1/accounts/" + ben.id() + "/note",
                ana.token(),
                "application/x-www-form-urlencoded",
                "comment=Oak+table+in+May");
        assertThat(form.status()).isEqualTo(200);
        assertThat(note(ana, ben)).isEqualTo("Oak table in May");

        assertThat(write(ana, ben, "   ").json().get("note").asText()).isEmpty();
        assertThat(note(ana, ben)).isEmpty();
        write(ana, ben, "Again");
        assertThat(http.postJson("/api/v1/accounts/" + ben.id() + "/note", ana.token(), map())
                        .json()
                        .get("note")
                        .asText())
                .isEmpty();
    }

    @Test
    void bad_notes_and_hidden_accounts_change_nothing() {
        write(ana, ben, "Kept");
        assertThat(write(ana, ben, "x".repeat(2001)).status()).isEqualTo(422);
        assertThat(write(ana, ben, java.util.List.of("a")).status()).isEqualTo(422);
        assertThat(write(ana, ana, "Me").status()).isEqualTo(422);
        assertThat(note(ana, ben)).isEqualTo("Kept");

        // Someone who blocked ana is as missing as an account that does not exist.
        server.app().relations().blockAccount().block(cleo.id(), ana.id());
        Http.Res blocked = write(ana, cleo, "Hello");
        Http.Res missing = http.postJson("/api/v1/accounts/99999/note", ana.token(), map("comment", "Hello"));
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(blocked.body()).isEqualTo(missing.body());
        int stored = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM account_notes WHERE target_id = :t")
                        .bind("t", cleo.id())
                        .mapTo(Integer.class)
                        .one());
        assertThat(stored).isZero();

        assertThat(http.postJson("/api/v1/accounts/" + ben.id() + "/note", null, map("comment", "x"))
                        .status())
                .isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.postJson("/api/v1/accounts/" + ben.id() + "/note", readOnly, map("comment", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(note(ana, ben)).isEqualTo("Kept");
    }
}
