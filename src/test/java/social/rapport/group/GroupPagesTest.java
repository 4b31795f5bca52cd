package social.rapport.group;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The groups pages on both databases: directory, group page, composer, members, requests and settings. */
@RapportServer
class GroupPagesTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    String group(User owner, String handle, String kind) {
        Http.Res r = http.postJson(
                "/api/v1/rapport/groups",
                owner.token(),
                map("name", "Group " + handle, "handle", handle, "kind", kind, "description", "About " + handle));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    void postTo(User u, String id, String text) {
        Http.Res r = http.postJson(
                "/api/v1/statuses", u.token(), map("status", text, "audience", java.util.List.of("group:" + id)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void a_new_group_is_made_on_the_directory_page_and_bad_input_comes_back_with_the_error() {
        PageClient a = scene.signedIn("ana");
        Http.Res page = a.get("/groups");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your groups", "Find a group", "New group", "href=\"/groups\"");

        Http.Res bad = a.submit("/groups", "/groups", Map.of("name", "Tea", "handle", "no spaces", "kind", "private"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("1 to 30 letters, digits or underscores", "value=\"Tea\"");
        Http.Res badKind = a.submit("/groups", "/groups", Map.of("name", "Tea", "handle", "tea", "kind", "open"));
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/rapport/groups", ana.token()).json()).isEmpty();

        Http.Res made = a.submit(
                "/groups",
                "/groups",
                Map.of(
                        "name",
                        "Tea lovers",
                        "handle",
                        "tea",
                        "description",
                        "All about tea",
                        "rules",
                        "Be kind",
                        "kind",
                        "private",
                        "members_visible",
                        "members"));
        assertThat(made.status()).isEqualTo(303);
        assertThat(made.header("Location")).isEqualTo("/groups/tea?notice=group-created");
        Http.Res shown = a.get("/groups/tea");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains("Tea lovers", "All about tea", "Be kind", "you own this group", "Post to the group");
        assertThat(a.get("/groups").body()).contains("Tea lovers");
        // Found by search by someone else; the same handle twice is refused with the reason.
        PageClient b = scene.signedIn("ben");
        assertThat(b.get("/groups?q=tea").body()).contains("Tea lovers", "href=\"/groups/tea\"");
        Http.Res twice = b.submit("/groups", "/groups", Map.of("name", "Other", "handle", "TEA"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("This handle is taken");
    }

    @Test
    void a_secret_group_is_missing_to_a_non_member_exactly_like_no_group() {
        String id = group(ana, "plotters", "secret");
        postTo(ana, id, "secret plans");
        PageClient c = scene.signedIn("cleo");
        Http.Res missing = c.get("/groups/nosuchgroup");
        assertThat(missing.status()).isEqualTo(404);
        for (String path : new String[] {
            "/groups/plotters",
            "/groups/" + id,
            "/groups/plotters/members",
            "/groups/plotters/requests",
            "/groups/plotters/settings"
        }) {
            Http.Res r = c.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body())
                    .as(path)
                    .isEqualTo(missing.body())
                    .doesNotContain("secret plans", "plotters", "Group plotters");
        }
        assertThat(c.submit("/groups", "/groups/plotters/join", Map.of()).status())
                .isEqualTo(404);
        assertThat(c.get("/groups?q=plotters").body()).doesNotContain("Group plotters");
        assertThat(scene.signedIn("ana").get("/groups/plotters").body()).contains("secret plans");
    }

    @Test
    void a_non_member_of_a_private_group_sees_neither_posts_nor_members_until_approved() {
        String id = group(ana, "club", "private");
        postTo(ana, id, "members only news");
        PageClient b = scene.signedIn("ben");
        Http.Res page = b.get("/groups/club");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Group club", "About club", "Ask to join", "Only members see this group's posts")
                .doesNotContain("members only news", "/groups/club/members", "Post to the group");
        assertThat(b.get("/groups/club/members").status()).isEqualTo(403);
        assertThat(b.get("/groups/club/requests").status()).isEqualTo(403);
        assertThat(b.get("/groups/club/settings").status()).isEqualTo(403);
        // A non-member's post to the group is refused.
        assertThat(b.submit("/groups/club", "/groups/club/posts", Map.of("status", "hi"))
                        .status())
                .isEqualTo(403);

        Http.Res asked = b.submit("/groups/club", "/groups/club/join", Map.of());
        assertThat(asked.header("Location")).isEqualTo("/groups/club?notice=group-requested");
        assertThat(b.get("/groups/club").body())
                .contains("Withdraw the request")
                .doesNotContain("members only news");

        PageClient a = scene.signedIn("ana");
        Http.Res requests = a.get("/groups/club/requests");
        assertThat(requests.status()).isEqualTo(200);
        assertThat(requests.body()).contains("@ben", "Approve", "Decline");
        Http.Res approved =
                a.submit("/groups/club/requests", "/groups/club/requests/" + ben.id() + "/approve", Map.of());
        assertThat(approved.header("Location")).isEqualTo("/groups/club/requests?notice=group-approved");
        assertThat(a.get("/groups/club/requests").body()).contains("No requests are waiting");

        Http.Res member = b.get("/groups/club");
        assertThat(member.body()).contains("members only news", "Leave the group", "Post to the group", "Members (2)");
        assertThat(b.get("/groups/club/members").body()).contains("@ana", "@ben");
        // Cleo asks and is declined: she stays outside.
        PageClient c = scene.signedIn("cleo");
        c.submit("/groups/club", "/groups/club/join", Map.of());
        Http.Res declined =
                a.submit("/groups/club/requests", "/groups/club/requests/" + cleo.id() + "/decline", Map.of());
        assertThat(declined.header("Location")).isEqualTo("/groups/club/requests?notice=group-declined");
        assertThat(c.get("/groups/club").body()).contains("Ask to join").doesNotContain("members only news");
    }

    @Test
    void the_composer_posts_to_the_group_alone_and_an_empty_post_comes_back_with_the_error() {
        group(ana, "walks", "public");
        PageClient b = scene.signedIn("ben");
        Http.Res joined = b.submit("/groups/walks", "/groups/walks/join", Map.of());
        assertThat(joined.header("Location")).isEqualTo("/groups/walks?notice=group-joined");
        Http.Res empty = b.submit("/groups/walks", "/groups/walks/posts", Map.of("status", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("Post to the group", "class=\"error\"");

        Http.Res posted = b.submit("/groups/walks", "/groups/walks/posts", Map.of("status", "Sunday by the river"));
        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.header("Location")).isEqualTo("/groups/walks?notice=group-posted");
        var post = http.get("/api/v1/accounts/" + ben.id() + "/statuses", ben.token())
                .json()
                .get(0);
        assertThat(post.get("content").asText()).contains("Sunday by the river");
        assertThat(post.get("rapport").get("audience").toString()).contains("group:");
        assertThat(scene.signedIn("cleo").get("/groups/walks").body()).contains("Sunday by the river", "Join");

        Http.Res left = b.submit("/groups/walks", "/groups/walks/leave", Map.of());
        assertThat(left.header("Location")).isEqualTo("/groups?notice=group-left");
        assertThat(b.get("/groups/walks").body()).contains("Join").doesNotContain("Post to the group");
    }

    @Test
    void a_group_whose_handle_is_digits_is_found_by_its_handle_and_by_its_id() {
        String id = group(ana, "1999", "public");
        PageClient b = scene.signedIn("ben");
        assertThat(b.get("/groups/1999").body()).contains("Group 1999");
        assertThat(b.get("/groups/" + id).body()).contains("Group 1999");
        assertThat(b.get("/groups/" + id + "0").status()).isEqualTo(404);
    }

    @Test
    void admins_change_the_group_in_its_settings_and_the_owner_deletes_it() {
        group(ana, "books", "public");
        PageClient a = scene.signedIn("ana");
        Http.Res settings = a.get("/groups/books/settings");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).contains("value=\"Group books\"", "About books", "Delete Group books");
        Http.Res bad =
                a.submit("/groups/books/settings", "/groups/books/settings", Map.of("name", " ", "kind", "public"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("A group needs a name");
        Http.Res saved = a.submit(
                "/groups/books/settings",
                "/groups/books/settings",
                Map.of(
                        "name",
                        "Book club",
                        "description",
                        "Novels",
                        "rules",
                        "",
                        "kind",
                        "private",
                        "members_visible",
                        "admins"));
        assertThat(saved.header("Location")).isEqualTo("/groups/books/settings?notice=group-saved");
        assertThat(a.get("/groups/books").body()).contains("Book club", "Novels", "private");
        // Now private, it cannot be opened again: the form says why and nothing changes.
        Http.Res reopened = a.submit(
                "/groups/books/settings",
                "/groups/books/settings",
                Map.of("name", "Book club", "kind", "public", "members_visible", "admins"));
        assertThat(reopened.status()).isEqualTo(422);
        assertThat(reopened.body()).contains("never more open");
        assertThat(a.get("/groups/books").body()).contains("private");

        PageClient b = scene.signedIn("ben");
        assertThat(b.get("/groups/books/settings").status()).isEqualTo(403);
        Http.Res unconfirmed = a.submit("/groups/books/settings", "/groups/books/delete", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.body()).contains("Tick the box to confirm the deletion");
        assertThat(a.get("/groups/books").status()).isEqualTo(200);
        Http.Res deleted = a.submit("/groups/books/settings", "/groups/books/delete", Map.of("confirm", "1"));
        assertThat(deleted.header("Location")).isEqualTo("/groups?notice=group-deleted");
        assertThat(a.get("/groups/books").status()).isEqualTo(404);
    }
}
