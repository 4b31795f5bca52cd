package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.circle.Circle;
import social.rapport.report.ReportEntity;
import social.rapport.status.Cursor;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** Reporting a post or a person from the pages, and the moderators' list, on both databases. */
@RapportServer
class ReportPagesTest {
    TestServer server;
    Scene scene;
    @Person
    int ana, ben, cleo;
    int mo;
    long open, hidden;

    @BeforeEach
    void start() {
        mo = TestUsers.create(server.app(), "mo", "moderator").id();
        open = post(ben, "Buy cheap watches", "public");
        long family = server.app().relations().listCircles().list(ben).stream()
                .filter(c -> c.name().equals("Family"))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
        hidden = post(ben, "Family dinner plans", "circle:" + family);
    }

    private long post(int author, String text, String audience) {
        return scene.post(author, text, audience);
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    private List<ReportEntity.Admin> stored() {
        return server.app().reports().list().page(mo, Cursor.newest(40)).items();
    }

    @Test
    void a_visible_post_is_reported_from_its_report_link_and_stored_with_its_author() {
        PageClient a = signedIn("ana");
        String home = a.get("/public").body();
        assertThat(home).contains("/statuses/" + open + "/report?return_to=");
        Http.Res form = a.get("/statuses/" + open + "/report?return_to=/public");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Report this post", "Buy cheap watches", "name=\"category\"", "name=\"comment\"");
        Http.Res sent = a.submit(
                "/statuses/" + open + "/report?return_to=/public",
                "/statuses/" + open + "/report",
                Map.of("category", "spam", "comment", "Selling <fakes>", "return_to", "/public"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/public?notice=reported");
        List<ReportEntity.Admin> reports = stored();
        assertThat(reports).hasSize(1);
        ReportEntity.Admin r = reports.get(0);
        assertThat(r.account().id()).isEqualTo(Integer.toString(ana));
        assertThat(r.targetAccount().id()).isEqualTo(Integer.toString(ben));
        assertThat(r.category()).isEqualTo("spam");
        assertThat(r.comment()).isEqualTo("Selling <fakes>");
        assertThat(r.statuses()).extracting(s -> s.id()).containsExactly(Long.toString(open));
    }

    @Test
    void an_invisible_post_answers_the_missing_posts_404_and_nothing_is_stored() {
        PageClient a = signedIn("ana");
        Http.Res missing = a.get("/statuses/" + (hidden + 1000) + "/report");
        Http.Res invisible = a.get("/statuses/" + hidden + "/report");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(invisible.status()).isEqualTo(404);
        assertThat(invisible.body()).isEqualTo(missing.body()).doesNotContain("Family dinner");
        Http.Res posted = a.submit("/", "/statuses/" + hidden + "/report", Map.of("category", "spam", "comment", "x"));
        assertThat(posted.status()).isEqualTo(404);
        assertThat(posted.body())
                .isEqualTo(a.submit(
                                "/",
                                "/statuses/" + (hidden + 1000) + "/report",
                                Map.of("category", "spam", "comment", "x"))
                        .body());
        // Nor may a person's report carry a post the reporter may not see.
        Http.Res withHidden = a.submit(
                "/people/" + ben + "/report",
                "/people/" + ben + "/report",
                Map.of("category", "other", "status_ids", Long.toString(hidden)));
        assertThat(withHidden.status()).isEqualTo(404);
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_person_is_reported_with_some_of_the_posts_the_reporter_may_see() {
        PageClient a = signedIn("ana");
        assertThat(a.get("/@ben").body()).contains("href=\"/people/" + ben + "/report\"");
        Http.Res form = a.get("/people/" + ben + "/report");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Report ben", "value=\"" + open + "\"", "Buy cheap watches")
                .doesNotContain("Family dinner", "value=\"" + hidden + "\"");
        Http.Res sent = a.submitPairs(
                "/people/" + ben + "/report",
                "/people/" + ben + "/report",
                List.of(
                        Map.entry("category", "violation"),
                        Map.entry("comment", "Keeps posting this"),
                        Map.entry("status_ids", Long.toString(open))));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/@ben?notice=reported");
        ReportEntity.Admin r = stored().get(0);
        assertThat(r.targetAccount().id()).isEqualTo(Integer.toString(ben));
        assertThat(r.category()).isEqualTo("violation");
        assertThat(r.statuses()).extracting(s -> s.id()).containsExactly(Long.toString(open));
        // Without posts, too.
        assertThat(a.submit("/people/" + ben + "/report", "/people/" + ben + "/report", Map.of("category", "other"))
                        .status())
                .isEqualTo(303);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void a_person_the_reporter_may_not_see_is_not_found_and_nothing_is_stored() {
        server.app().relations().blockAccount().block(ben, cleo);
        PageClient c = signedIn("cleo");
        Http.Res missing = c.get("/people/999999/report");
        Http.Res blocked = c.get("/people/" + ben + "/report");
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(blocked.body()).isEqualTo(missing.body());
        assertThat(c.submit("/", "/people/" + ben + "/report", Map.of("category", "spam"))
                        .status())
                .isEqualTo(404);
        assertThat(c.submit("/", "/statuses/" + open + "/report", Map.of("category", "spam"))
                        .status())
                .isEqualTo(404);
        assertThat(stored()).isEmpty();
    }

    @Test
    void reports_need_the_forms_token_and_valid_fields() {
        PageClient a = signedIn("ana");
        assertThat(a.post("/statuses/" + open + "/report", Map.of("category", "spam"))
                        .status())
                .isEqualTo(403);
        assertThat(a.post("/people/" + ben + "/report", Map.of("category", "spam"))
                        .status())
                .isEqualTo(403);
        Http.Res tooLong =
                a.submit("/", "/statuses/" + open + "/report", Map.of("category", "spam", "comment", "x".repeat(1001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("at most 1000", "Report this post");
        Http.Res badCategory = a.submit("/", "/people/" + ben + "/report", Map.of("category", "rude"));
        assertThat(badCategory.status()).isEqualTo(422);
        assertThat(badCategory.body()).contains("spam, legal, violation or other");
        Http.Res self = a.submit("/", "/people/" + ana + "/report", Map.of("category", "spam"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.body()).contains("You cannot report yourself");
        assertThat(stored()).isEmpty();
        // One's own posts offer no report link.
        long mine = post(ana, "My own note", "public");
        assertThat(a.get("/@ana").body()).doesNotContain("/statuses/" + mine + "/report");
    }

    @Test
    void only_moderators_and_admins_see_the_reports_page() {
        server.app()
                .reports()
                .file()
                .file(
                        ana,
                        new social.rapport.report.FileReport.Request(
                                Integer.toString(ben),
                                List.of(Long.toString(open)),
                                "Watches <again>",
                                "spam",
                                false,
                                List.of()));
        PageClient m = signedIn("mo");
        Http.Res page = m.get("/admin/reports");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("@ben", "@ana", "Watches &lt;again&gt;", "Buy cheap watches", "href=\"/admin/reports\"")
                .doesNotContain("Watches <again>");
        TestUsers.create(server.app(), "root", "admin");
        assertThat(signedIn("root").get("/admin/reports").status()).isEqualTo(200);
        Http.Res user = signedIn("ana").get("/admin/reports");
        assertThat(user.status()).isEqualTo(404);
        assertThat(user.body()).doesNotContain("Watches");
        Http.Res nobody = new PageClient(server).get("/admin/reports");
        assertThat(nobody.status()).isEqualTo(303);
        assertThat(nobody.header("Location")).startsWith("/auth/sign_in");
    }
}
