package social.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.UpdateProfile;
import social.rapport.app.App;
import social.rapport.audience.Audience;
import social.rapport.audience.Hypothetical;
import social.rapport.core.Problem;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.Profile;
import social.rapport.status.Cursor;
import social.rapport.status.PostStatus;
import social.rapport.status.StatusEntity;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.timeline.AccountStatuses;

/**
 * Viewing one's profile as an imagined person gives exactly what a real person with those
 * relationships sees, through the same services; on both databases.
 */
@RapportServer
class ViewAsTest {
    TestServer server;
    App app;
    int ana, fern, carl, fay, cora, bob, zed;
    long family, business;

    @BeforeEach
    void start() {
        app = server.app();
        ana = TestUsers.create(app, "ana").id();
        fern = TestUsers.create(app, "fern").id(); // follows Ana
        carl = TestUsers.create(app, "carl").id(); // connected to Ana
        fay = TestUsers.create(app, "fay").id(); // only in Ana's Family circle
        cora = TestUsers.create(app, "cora").id(); // connected to Ana and in her Family circle
        bob = TestUsers.create(app, "bob").id(); // someone else, connected to Carl
        zed = TestUsers.create(app, "zed").id(); // a stranger
        family = circle(ana, "Family");
        business = circle(ana, "Business");
        app.relations().followAccount().follow(fern, ana, null);
        connect(ana, carl);
        connect(ana, cora);
        connect(carl, bob);
        app.relations().addToCircle().add(ana, family, List.of(fay, cora));
        app.relations()
                .updateProfile()
                .update(
                        ana,
                        Map.of(
                                "headline", change("Furniture maker", "public"),
                                "phone",
                                        new social.rapport.relation.profile.UpdateProfileFields.Change(
                                                "+351 555 0100", null, null),
                                "contact_email",
                                        new social.rapport.relation.profile.UpdateProfileFields.Change(
                                                "ana@studio.example", null, null),
                                "location", change("Porto", "followers"),
                                "industry", change("Woodwork", "circle:" + family),
                                "interests", change("Sailing", "only_me")));
        post(ana, "P-public", List.of("public"), List.of());
        post(ana, "P-followers", List.of("followers"), List.of());
        post(ana, "P-connections", List.of("connections"), List.of());
        post(ana, "P-network", List.of("network"), List.of());
        post(ana, "P-family", List.of("circle:" + family), List.of());
        post(ana, "P-connections-but-family", List.of("connections"), List.of("circle:" + family));
        post(ana, "P-only-me", List.of("only_me"), List.of());
        post(ana, "P-business", List.of("circle:" + business), List.of());
        long bobs = post(bob, "Bob in public", List.of("public"), List.of());
        app.posts().services().reblog().reblog(ana, bobs);
    }

    private static social.rapport.relation.profile.UpdateProfileFields.Change change(String value, String audience) {
        return new social.rapport.relation.profile.UpdateProfileFields.Change(value, List.of(audience), null);
    }

    private long circle(int owner, String name) {
        return app.relations().listCircles().list(owner).stream()
                .filter(c -> c.name().equals(name))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
    }

    private void connect(int a, int b) {
        var inv = app.relations().sendInvitation().send(a, new SendInvitation.Request(b, "", "other", null));
        app.relations().acceptInvitation().accept(b, inv.invitation().id());
    }

    private long post(int author, String text, List<String> audience, List<String> except) {
        return app.posts()
                .services()
                .post()
                .post(
                        author,
                        new PostStatus.Request(text, null, null, false, null, null, audience, except, null, null, null))
                .id();
    }

    private ViewAs.View as(ViewAs.Kind kind, long circle) {
        return app.viewAs().view(ana, new ViewAs.Who(kind, circle, null), 40, Long.MAX_VALUE);
    }

    private ViewAs.View asPerson(String handle) {
        return app.viewAs().view(ana, new ViewAs.Who(ViewAs.Kind.PERSON, 0, handle), 40, Long.MAX_VALUE);
    }

    private static List<String> texts(List<StatusEntity> posts) {
        return posts.stream().map(s -> s.content().replaceAll("<[^>]+>", "")).toList();
    }

    /** What a viewer sees of Ana's own profile and posts. */
    private record Seen(
            Map<String, String> fields,
            List<String> lists,
            String introduction,
            List<String> posts,
            List<List<String>> audiences) {}

    /** What a real account sees, through the services the profile page and the API use. */
    private Seen real(int viewer) {
        Profile p = app.relations().viewProfile().view(viewer, ana);
        var card = new ResearchCards(app.relations(), app.timelines(), java.time.Clock.systemUTC())
                .card(viewer, ana, 40, Long.MAX_VALUE);
        var page = app.timelines()
                .profile()
                .page(
                        viewer,
                        ana,
                        new Cursor(Long.MAX_VALUE, 0, false, 40),
                        new AccountStatuses.Filter(false, false, true));
        return new Seen(
                p.fields(),
                p.lists(),
                card.introduction(),
                texts(page.items()),
                page.items().stream().map(s -> s.rapport().audience()).toList());
    }

    private static Seen seen(ViewAs.View v) {
        return new Seen(
                v.profile().fields(),
                v.profile().lists(),
                v.introduction(),
                texts(v.posts()),
                v.posts().stream().map(s -> s.rapport().audience()).toList());
    }

    @Test
    void each_imagined_viewer_sees_exactly_what_a_real_one_with_those_relationships_sees() {
        assertThat(seen(as(ViewAs.Kind.ANONYMOUS, 0))).isEqualTo(real(0));
        assertThat(seen(as(ViewAs.Kind.FOLLOWER, 0))).isEqualTo(real(fern));
        assertThat(seen(as(ViewAs.Kind.CONNECTION, 0))).isEqualTo(real(carl));
        assertThat(seen(as(ViewAs.Kind.CIRCLE, family))).isEqualTo(real(fay));
        assertThat(seen(as(ViewAs.Kind.CONNECTION, family))).isEqualTo(real(cora));
        assertThat(seen(as(ViewAs.Kind.ANONYMOUS, 0))).isEqualTo(real(zed));
    }

    @Test
    void contact_information_circle_and_except_circle_posts_go_where_their_audiences_say() {
        var anonymous = as(ViewAs.Kind.ANONYMOUS, 0);
        assertThat(anonymous.profile().fields()).containsOnlyKeys("headline");
        assertThat(texts(anonymous.posts())).containsExactly("P-public");
        assertThat(anonymous.viewer()).isEqualTo("someone who is not signed in");

        var follower = as(ViewAs.Kind.FOLLOWER, 0);
        assertThat(follower.profile().fields()).containsOnlyKeys("headline", "location");
        assertThat(texts(follower.posts())).containsExactly("P-followers", "P-public");

        var connection = as(ViewAs.Kind.CONNECTION, 0);
        assertThat(connection.profile().fields()).containsOnlyKeys("headline", "location", "phone", "contact_email");
        assertThat(texts(connection.posts()))
                .containsExactly("P-connections-but-family", "P-network", "P-connections", "P-followers", "P-public");

        var familyOnly = as(ViewAs.Kind.CIRCLE, family);
        assertThat(familyOnly.profile().fields()).containsOnlyKeys("headline", "industry");
        assertThat(texts(familyOnly.posts())).containsExactly("P-family", "P-public");
        assertThat(familyOnly.viewer()).isEqualTo("a member of your Family circle");

        var familyConnection = as(ViewAs.Kind.CONNECTION, family);
        assertThat(texts(familyConnection.posts()))
                .containsExactly("P-family", "P-network", "P-connections", "P-followers", "P-public");
        assertThat(familyConnection.viewer()).isEqualTo("a connection in your Family circle");

        for (var v : List.of(anonymous, follower, connection, familyOnly, familyConnection)) {
            assertThat(texts(v.posts())).doesNotContain("P-only-me", "P-business", "Bob in public");
            assertThat(v.profile().fields()).doesNotContainKey("interests");
            assertThat(v.profile().audiences()).isNull();
        }
    }

    @Test
    void a_named_person_sees_what_they_really_see_and_only_anas_own_posts() {
        var asCora = asPerson("@cora");
        assertThat(seen(asCora)).isEqualTo(real(cora));
        assertThat(asCora.viewer()).isEqualTo("cora (@cora)");
        assertThat(texts(asCora.posts())).contains("P-family").doesNotContain("Bob in public");
        assertThat(seen(asPerson("zed"))).isEqualTo(real(zed));
        assertThat(seen(asPerson("bob"))).isEqualTo(real(bob));
    }

    @Test
    void a_locked_accounts_introduction_is_shown_to_strangers_and_not_to_followers() {
        app.updateProfile().update(ana, new UpdateProfile.Changes(null, null, true, null));
        app.relations().setIntroduction().set(ana, "I make chairs; ask me about oak.", List.of());
        assertThat(as(ViewAs.Kind.ANONYMOUS, 0).introduction()).isEqualTo("I make chairs; ask me about oak.");
        assertThat(as(ViewAs.Kind.CIRCLE, family).introduction())
                .isEqualTo(real(fay).introduction())
                .isNotNull();
        assertThat(as(ViewAs.Kind.FOLLOWER, 0).introduction()).isNull();
        assertThat(seen(as(ViewAs.Kind.FOLLOWER, 0))).isEqualTo(real(fern));
        assertThat(seen(as(ViewAs.Kind.ANONYMOUS, 0))).isEqualTo(real(0));
    }

    @Test
    void nobody_hidden_from_ana_and_no_circle_of_someone_else_can_be_imagined() {
        app.relations().blockAccount().block(zed, ana);
        assertThat(problem(() -> asPerson("zed"))).isEqualTo("Nobody you can see has the handle zed");
        assertThat(problem(() -> asPerson("nobody"))).isEqualTo("Nobody you can see has the handle nobody");
        long bobsFamily = circle(bob, "Family");
        assertThat(problem(() -> as(ViewAs.Kind.CIRCLE, bobsFamily))).contains("Choose one of your circles");
        assertThat(problem(() -> as(ViewAs.Kind.CIRCLE, 0))).contains("Choose one of your circles");
        assertThat(problem(() -> asPerson("ana"))).contains("That is you");
        assertThat(problem(() -> asPerson(" "))).contains("Give the handle");
    }

    private static String problem(Runnable r) {
        try {
            r.run();
        } catch (Problem p) {
            assertThat(p.status()).isEqualTo(422);
            return p.fields().values().iterator().next();
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void the_imagined_viewer_exists_only_in_its_own_question() {
        assertThat(seen(as(ViewAs.Kind.CONNECTION, family)).posts()).contains("P-connections");
        assertThat(app.policy().relations().connected(ana, Hypothetical.VIEWER)).isFalse();
        assertThat(app.policy().canSee(Hypothetical.VIEWER, ana, Audience.CONNECTIONS, Set.of()))
                .isFalse();
        assertThat(real(0).posts()).containsExactly("P-public");
    }
}
