package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The research card's "and N more" counts only mutual connections the viewer may know of. */
@RapportServer
class MutualsPageTest {
    TestServer server;
    Scene scene;
    RelationServices rel;

    private void connect(int a, int b) {
        scene.connect(a, b);
    }

    private void hideConnections(int owner) {
        rel.updateProfile()
                .update(
                        owner,
                        Map.of("connections_list", new UpdateProfileFields.Change(null, List.of("only_me"), null)));
    }

    @Test
    void dan_is_told_of_no_more_mutual_connections_than_he_may_see() {
        TestUsers.User dan = TestUsers.create(server, "dan");
        int ana = TestUsers.create(server, "ana").id();
        hideConnections(ana);
        // Seven people are connected to both; only Mia shows her connections to hers, Dan among them.
        for (int i = 0; i < 7; i++) {
            int m = TestUsers.create(server.app(), i == 0 ? "mia" : "m" + i).id();
            connect(dan.id(), m);
            connect(m, ana);
            if (i > 0) hideConnections(m);
        }
        assertThat(http().get("/api/v1/accounts/relationships?id[]=" + ana, dan.token())
                        .json()
                        .get(0)
                        .get("mutual_connections_count")
                        .asInt())
                .isEqualTo(1);
        PageClient b = new PageClient(server);
        assertThat(b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "dan", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
        String page = b.get("/@ana").body();
        assertThat(page).contains("Mutual connections:").contains("/@mia");
        assertThat(page).doesNotContain(" more\n").doesNotContainPattern("and \\d+ more");
    }

    private Http http() {
        return server.http();
    }
}
