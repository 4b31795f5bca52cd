package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** Home, profiles, the review queue and privacy settings through their forms, on both databases. */
@RapportServer
class SocialPagesTest {
    TestServer server;
    Scene scene;
    @Person
    int ana, ben, cleo;

    @BeforeEach
    void start() {
        connect(ana, ben);
        connect(ana, cleo);
        server.app().relations().addToCircle().add(ana, family(), List.of(ben));
    }

    private void connect(int a, int b) {
        scene.connect(a, b);
    }

    private long family() {
        return scene.circle(ana, "Family");
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    @Test
    void ana_is_told_who_sees_a_family_post_then_ben_sees_it_escaped_and_cleo_does_not() {
        PageClient a = signedIn("ana");
        String circle = "circle:" + family();
        Http.Res checked = a.submit(
                "/",
                "/statuses",
                Map.of("status", "<script>x()</script> Sunday lunch", "audience", circle, "check", "1"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body())
                .contains("Visible to your Family circle: 1 person", "&lt;script&gt;x()&lt;/script&gt; Sunday lunch");
        int stored = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM statuses")
                        .mapTo(Integer.class)
                        .one());
        assertThat(stored).isZero();
        Http.Res posted =
                a.submit("/", "/statuses", Map.of("status", "<script>x()</script> Sunday lunch", "audience", circle));
        assertThat(posted.status()).isEqualTo(303);

        String bens = signedIn("ben").get("/").body();
        assertThat(bens).contains("Sunday lunch", "&lt;script&gt;").doesNotContain("<script>x()");
        assertThat(signedIn("cleo").get("/").body()).doesNotContain("Sunday lunch");
        assertThat(new PageClient(server).get("/@ana").body()).doesNotContain("Sunday lunch");
    }

    @Test
    void the_audience_sentence_fragment_counts_people_and_refuses_someone_elses_circle() {
        PageClient a = signedIn("ana");
        Http.Res res = a.get("/compose/audience?audience=connections");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).contains("Visible to your connections: 2 people").doesNotContain("<html");
        long bens = server.app().relations().listCircles().list(ben).get(0).id();
        assertThat(a.get("/compose/audience?audience=circle:" + bens).status()).isEqualTo(422);
        Http.Res empty = a.submit("/", "/statuses", Map.of("status", "", "audience", "public"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("The post is empty");
    }

    @Test
    void a_visitor_sees_the_headline_but_not_contact_details_kept_for_connections() {
        PageClient a = signedIn("ana");
        Http.Res saved = a.submit(
                "/settings/fields",
                "/settings/fields",
                Map.of(
                        "headline",
                        "Architect",
                        "headline_audience",
                        "public",
                        "phone",
                        "+351 555 0101",
                        "phone_audience",
                        "connections"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(new PageClient(server).get("/@ana").body())
                .contains("Architect")
                .doesNotContain("555 0101");
        String asBen = signedIn("ben").get("/@ana").body();
        assertThat(asBen).contains("Architect", "555 0101", "1st");
        assertThat(new PageClient(server).get("/@nobody").status()).isEqualTo(404);
        Http.Res bad = a.submit("/settings/fields", "/settings/fields", Map.of("phone_audience", "everyone"));
        assertThat(bad.status()).isEqualTo(422);
    }

    @Test
    void dan_follows_ana_she_reviews_him_and_follows_back_in_one_click() {
        int dan = TestUsers.create(server, "dan").id();
        server.app().relations().followAccount().follow(dan, ana, null);
        PageClient a = signedIn("ana");
        assertThat(a.get("/review").body()).contains("New followers", "dan", "Not in your network");
        Http.Res res = a.submit("/review", "/people/" + dan + "/follow", Map.of("back", "/review"));
        assertThat(res.status()).isEqualTo(303);
        assertThat(res.header("Location")).startsWith("/review");
        assertThat(server.app().graph().isFollowing(ana, dan)).isTrue();
        assertThat(a.get("/review").body()).doesNotContain("followers-heading").contains("Nobody is waiting for you");
    }

    @Test
    void a_locked_account_accepts_a_request_from_the_review_queue() {
        server.app()
                .updateProfile()
                .update(ana, new social.rapport.account.UpdateProfile.Changes(null, null, true, null));
        int dan = TestUsers.create(server, "dan").id();
        server.app().relations().followAccount().follow(dan, ana, null);
        PageClient a = signedIn("ana");
        assertThat(a.get("/review").body()).contains("Follow requests", "dan");
        assertThat(a.submit("/review", "/follow_requests/" + dan + "/authorize", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(server.app().graph().isFollowing(dan, ana)).isTrue();
    }

    @Test
    void an_action_without_the_form_token_is_refused_and_changes_nothing() {
        int dan = TestUsers.create(server, "dan").id();
        PageClient a = signedIn("ana");
        assertThat(a.post("/people/" + dan + "/follow", Map.of()).status()).isEqualTo(403);
        assertThat(a.post("/people/" + dan + "/block", Map.of("_csrf", "forged"))
                        .status())
                .isEqualTo(403);
        assertThat(server.app().graph().isFollowing(ana, dan)).isFalse();
        assertThat(server.app().graph().isBlockedEitherWay(ana, dan)).isFalse();
    }

    @Test
    void an_invitation_from_a_stranger_is_filtered_when_ana_requires_a_mutual_connection() {
        PageClient a = signedIn("ana");
        assertThat(a.submit(
                                "/settings/screening",
                                "/settings/screening",
                                Map.of("who_may_invite", "anyone", "require_one_of", "mutual_connection"))
                        .status())
                .isEqualTo(303);
        int eve = TestUsers.create(server, "eve").id();
        server.app().relations().sendInvitation().send(eve, new SendInvitation.Request(ana, "Hello", "other", null));
        String review = a.get("/review").body();
        assertThat(review).contains("Filtered invitations", "eve", "Filtered by your screening");
        assertThat(review).doesNotContain("Invitations to connect");
    }
}
