package social.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

@RapportServer
class ReportApiTest {
    TestServer server;
    Http http;
    @Person
    User ana, ben, cleo;
    User root;
    String rootReports;

    @BeforeEach
    void start() {
        root = TestUsers.create(server.app(), "root", "admin");
        rootReports = server.app()
                .tokens()
                .issue(null, root.id(), Set.of("admin:read:reports"))
                .token();
    }

    String post(User u, Object... kv) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), map(kv));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    int reports() {
        return server.app()
                .db()
                .read(h -> h.createQuery(
                                "SELECT (SELECT COUNT(*) FROM reports) " + "+ (SELECT COUNT(*) FROM report_statuses)")
                        .mapTo(Integer.class)
                        .one());
    }

    Http.Res report(User who, Object... kv) {
        return http.postJson("/api/v1/reports", who.token(), map(kv));
    }

    @Test
    void ana_reports_a_public_post_of_ben_and_gets_mastodons_report_entity() {
        String spam = post(ben, "status", "Buy cheap watches");
        Http.Res r = report(
                ana,
                "account_id",
                ben.idString(),
                "status_ids",
                List.of(spam),
                "comment",
                "Spam again",
                "category",
                "spam",
                "forward",
                true);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("id").asText()).isNotBlank();
        assertThat(e.get("category").asText()).isEqualTo("spam");
        assertThat(e.get("comment").asText()).isEqualTo("Spam again");
        assertThat(e.get("action_taken").asBoolean()).isFalse();
        assertThat(e.get("forwarded").asBoolean()).isFalse();
        assertThat(e.get("status_ids").get(0).asText()).isEqualTo(spam);
        assertThat(e.get("target_account").get("username").asText()).isEqualTo("ben");
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void a_report_without_posts_or_category_is_filed_as_other_and_accepts_a_form_body() {
        Http.Res r = http.postForm("/api/v1/reports", ana.token(), java.util.Map.of("account_id", ben.idString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("category").asText()).isEqualTo("other");
        assertThat(r.json().get("status_ids").isNull()).isTrue();
        assertThat(reports()).isEqualTo(1);
    }

    @Test
    void a_post_ana_may_not_see_is_answered_exactly_like_a_missing_one_and_nothing_is_stored() {
        String hidden = post(ben, "status", "for my followers", "visibility", "private");
        String missing = Long.toString(Long.parseLong(hidden) + 12345);
        Http.Res forHidden = report(ana, "account_id", ben.idString(), "status_ids", List.of(hidden));
        Http.Res forMissing = report(ana, "account_id", ben.idString(), "status_ids", List.of(missing));
        assertThat(forHidden.status()).isEqualTo(404);
        assertThat(forHidden.body()).isEqualTo(forMissing.body());
        assertThat(reports()).isZero();
        // A follower may see it, and so may report it.
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/follow", cleo.token())
                        .status())
                .isEqualTo(200);
        assertThat(report(cleo, "account_id", ben.idString(), "status_ids", List.of(hidden))
                        .status())
                .isEqualTo(200);
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void an_account_across_a_block_is_answered_like_a_missing_account() {
        assertThat(http.post("/api/v1/accounts/" + ana.idString() + "/block", ben.token())
                        .status())
                .isEqualTo(200);
        Http.Res blocked = report(ana, "account_id", ben.idString());
        Http.Res missing = report(ana, "account_id", "999999");
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(blocked.body()).isEqualTo(missing.body());
        assertThat(reports()).isZero();
    }

    @Test
    void bad_reports_are_clear_4xx_and_store_nothing() {
        String anas = post(ana, "status", "mine");
        String bens = post(ben, "status", "his");
        String cleos = post(cleo, "status", "hers");
        assertThat(report(ana, "account_id", ben.idString(), "comment", "x".repeat(1001))
                        .status())
                .isEqualTo(422);
        assertThat(report(ana, "account_id", ben.idString(), "category", "rude").status())
                .isEqualTo(422);
        assertThat(report(ana, "account_id", ben.idString(), "status_ids", List.of(cleos))
                        .status())
                .isEqualTo(422);
        assertThat(report(ana, "account_id", ben.idString(), "rule_ids", List.of("1"))
                        .status())
                .isEqualTo(422);
        assertThat(report(ana, "account_id", ana.idString(), "status_ids", List.of(anas))
                        .status())
                .isEqualTo(422);
        assertThat(report(ana).status()).isEqualTo(422);
        assertThat(report(ana, "account_id", "ben").status()).isEqualTo(404);
        assertThat(report(ana, "account_id", ben.idString(), "status_ids", List.of("x" + bens))
                        .status())
                .isEqualTo(404);
        assertThat(report(ana, "account_id", ben.idString(), "status_ids", List.of(List.of(bens)))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/reports", null, map("account_id", ben.idString()))
                        .status())
                .isEqualTo(401);
        String readOnly =
                server.app().tokens().issue(null, ana.id(), Set.of("read")).token();
        assertThat(http.postJson("/api/v1/reports", readOnly, map("account_id", ben.idString()))
                        .status())
                .isEqualTo(403);
        assertThat(reports()).isZero();
        // Exactly 1,000 characters (counted as characters, not UTF-16 units) is accepted.
        assertThat(report(ana, "account_id", ben.idString(), "comment", "😀".repeat(1000))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void moderators_list_reports_with_only_the_posts_they_may_see() {
        String open = post(ben, "status", "public nonsense");
        String closed = post(ben, "status", "followers nonsense", "visibility", "private");
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/follow", cleo.token())
                        .status())
                .isEqualTo(200);
        assertThat(report(
                                cleo,
                                "account_id",
                                ben.idString(),
                                "status_ids",
                                List.of(open, closed),
                                "category",
                                "violation",
                                "comment",
                                "see both")
                        .status())
                .isEqualTo(200);
        assertThat(report(ana, "account_id", cleo.idString(), "comment", "second")
                        .status())
                .isEqualTo(200);

        Http.Res list = http.get("/api/v1/admin/reports", rootReports);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode all = list.json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("comment").asText()).isEqualTo("second");
        JsonNode first = all.get(1);
        assertThat(first.get("account").get("username").asText()).isEqualTo("cleo");
        assertThat(first.get("target_account").get("username").asText()).isEqualTo("ben");
        assertThat(first.get("category").asText()).isEqualTo("violation");
        assertThat(first.get("statuses")).hasSize(1);
        assertThat(first.get("statuses").get(0).get("id").asText()).isEqualTo(open);

        Http.Res paged = http.get("/api/v1/admin/reports?limit=1", rootReports);
        assertThat(paged.json()).hasSize(1);
        assertThat(paged.header("Link"))
                .contains("max_id=" + all.get(0).get("id").asText());

        assertThat(http.get("/api/v1/admin/reports", ana.token()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/reports", root.token()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/reports").status()).isEqualTo(401);
    }
}
