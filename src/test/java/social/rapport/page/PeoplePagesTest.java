package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** Connections, circles, invitations sent, follows, blocks and mutes through their pages, on both databases. */
@RapportServer
class PeoplePagesTest {
    TestServer server;
    Scene scene;
    RelationServices rel;
    int ana, ben, cleo, dan;
    TestUsers.User anaUser, benUser;

    @BeforeEach
    void start() {
        anaUser = TestUsers.create(server, "ana");
        benUser = TestUsers.create(server, "ben");
        ana = anaUser.id();
        ben = benUser.id();
        cleo = TestUsers.create(server, "cleo").id();
        dan = TestUsers.create(server, "dan").id();
        connect(ana, ben, "colleague");
        connect(cleo, ana, "classmate");
        connect(ana, dan, "other");
    }

    private void connect(int a, int b, String howWeMet) {
        scene.connect(a, b, "", howWeMet);
    }

    private long circle(int owner, String name) {
        return scene.circle(owner, name);
    }

    private Set<Integer> members(int owner, long circle) {
        return Set.copyOf(rel.circleMembers().members(owner, circle).stream()
                .map(a -> a.id())
                .toList());
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    private static List<Map.Entry<String, String>> pairs(String... kv) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) out.add(Map.entry(kv[i], kv[i + 1]));
        return out;
    }

    @Test
    void connections_are_listed_with_how_they_met_and_since_when_and_searched_by_name_or_handle() {
        rel.blockAccount().block(ana, dan);
        PageClient a = signedIn("ana");
        Http.Res all = a.get("/connections");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains(
                        "2 connections",
                        "@ben",
                        "@cleo",
                        "met as colleague",
                        "met as classmate",
                        "Connected since "
                                + Page.when(server.app().db().clock().millis()).substring(0, 10))
                .doesNotContain("@dan");
        Http.Res found = a.get("/connections?q=BE");
        assertThat(found.body()).contains("1 matching", "@ben").doesNotContain("@cleo");
        assertThat(a.get("/connections?q=%40cle").body()).contains("@cleo").doesNotContain("@ben");
        assertThat(a.get("/connections?q=zed").body()).contains("0 matching", "Nobody matches");
    }

    @Test
    void the_list_pages_by_twenty_and_keeps_the_search() {
        for (int i = 0; i < 21; i++) {
            int p = TestUsers.create(server, "pal" + (char) ('a' + i)).id();
            connect(p, ana, "other");
        }
        PageClient a = signedIn("ana");
        String first = a.get("/connections?q=pal").body();
        assertThat(first)
                .contains("21 matching", "@pala", "@palt", "href=\"/connections?q=pal&amp;page=2\"")
                .doesNotContain("@palu");
        String second = a.get("/connections?q=pal&page=2").body();
        assertThat(second).contains("@palu", "Previous page").doesNotContain("@pala<", "Next page");
    }

    @Test
    void bulk_add_puts_exactly_the_selected_people_in_the_circle_and_nobody_else() {
        long family = circle(ana, "Family");
        PageClient a = signedIn("ana");
        Http.Res res = a.submitPairs(
                "/connections",
                "/connections/circle",
                pairs("account_ids", "" + ben, "account_ids", "" + dan, "circle", "" + family, "back", "/connections"));
        assertThat(res.status()).isEqualTo(303);
        assertThat(res.header("Location")).startsWith("/connections").contains("notice=added-to-circle");
        assertThat(members(ana, family)).containsExactlyInAnyOrder(ben, dan);
        assertThat(members(ana, circle(ana, "Business"))).isEmpty();
        assertThat(a.get("/circles").body()).contains("2 people");
    }

    @Test
    void bulk_add_refuses_bad_input_with_a_4xx_and_adds_nobody() {
        long family = circle(ana, "Family");
        PageClient a = signedIn("ana");
        Http.Res none = a.submitPairs("/connections", "/connections/circle", pairs("circle", "" + family));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("Select at least one person");
        Http.Res noCircle = a.submitPairs("/connections", "/connections/circle", pairs("account_ids", "" + ben));
        assertThat(noCircle.status()).isEqualTo(422);
        assertThat(noCircle.body()).contains("Choose a circle");
        Http.Res junk = a.submitPairs(
                "/connections",
                "/connections/circle",
                pairs("account_ids", "" + ben, "account_ids", "x1", "circle", "" + family));
        assertThat(junk.status()).isEqualTo(422);
        Http.Res self = a.submitPairs(
                "/connections",
                "/connections/circle",
                pairs("account_ids", "" + ben, "account_ids", "" + ana, "circle", "" + family));
        assertThat(self.status()).isEqualTo(422);
        Http.Res missing = a.submitPairs(
                "/connections",
                "/connections/circle",
                pairs("account_ids", "" + ben, "account_ids", "99999", "circle", "" + family));
        assertThat(missing.status()).isEqualTo(404);
        Http.Res noToken = a.post("/connections/circle", Map.of("account_ids", "" + ben, "circle", "" + family));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(members(ana, family)).isEmpty();
        assertThat(a.get("/connections?page=0").status()).isEqualTo(422);
        assertThat(a.get("/connections?page=two").status()).isEqualTo(422);
        assertThat(a.get("/connections?q=" + "x".repeat(101)).status()).isEqualTo(422);
    }

    @Test
    void someone_elses_circle_is_not_found_exactly_like_a_missing_one_and_nothing_changes() {
        long bens = circle(ben, "Family");
        rel.addToCircle().add(ben, bens, List.of(cleo));
        PageClient a = signedIn("ana");
        Http.Res other = a.get("/circles/" + bens);
        Http.Res missing = a.get("/circles/987654321");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(missing.body()).doesNotContain("Family");
        assertThat(a.get("/circles/" + bens + "/delete").status()).isEqualTo(404);
        assertThat(a.submit("/circles", "/circles/" + bens + "/rename", Map.of("name", "Mine"))
                        .status())
                .isEqualTo(404);
        assertThat(a.submit("/circles", "/circles/" + bens + "/members", Map.of("handle", "dan"))
                        .status())
                .isEqualTo(404);
        assertThat(a.submit("/circles", "/circles/" + bens + "/members/remove", Map.of("account_id", "" + cleo))
                        .status())
                .isEqualTo(404);
        assertThat(a.submitPairs(
                                "/connections",
                                "/connections/circle",
                                pairs("account_ids", "" + ben, "circle", "" + bens))
                        .status())
                .isEqualTo(404);
        assertThat(a.submit("/circles", "/circles/" + bens + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(rel.listCircles().list(ben).stream().map(Circle::name))
                .contains("Family")
                .doesNotContain("Mine");
        assertThat(members(ben, bens)).containsExactly(cleo);
    }

    @Test
    void circles_are_made_renamed_filled_by_handle_emptied_and_deleted_after_a_confirmation() {
        PageClient a = signedIn("ana");
        assertThat(a.submit("/circles", "/circles", Map.of("name", "Climbing <club>"))
                        .status())
                .isEqualTo(303);
        long club = circle(ana, "Climbing <club>");
        assertThat(a.get("/circles").body()).contains("Climbing &lt;club&gt;").doesNotContain("Climbing <club>");
        assertThat(a.submit("/circles", "/circles", Map.of("name", "family")).status())
                .isEqualTo(422);
        assertThat(a.submit("/circles", "/circles", Map.of("name", " ")).status())
                .isEqualTo(422);
        assertThat(a.submit("/circles", "/circles/" + club + "/rename", Map.of("name", "Business"))
                        .status())
                .isEqualTo(422);
        assertThat(a.submit("/circles", "/circles/" + club + "/rename", Map.of("name", "Climbing"))
                        .status())
                .isEqualTo(303);
        assertThat(rel.listCircles().list(ana).stream().map(Circle::name)).contains("Climbing");

        Http.Res added = a.submit("/circles/" + club, "/circles/" + club + "/members", Map.of("handle", "@ben"));
        assertThat(added.status()).isEqualTo(303);
        assertThat(members(ana, club)).containsExactly(ben);
        Http.Res nobody = a.submit("/circles/" + club, "/circles/" + club + "/members", Map.of("handle", "zed"));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body()).contains("Nobody you can see has that handle");
        rel.blockAccount().block(cleo, ana);
        Http.Res hidden = a.submit("/circles/" + club, "/circles/" + club + "/members", Map.of("handle", "cleo"));
        assertThat(hidden.status()).isEqualTo(422);
        assertThat(hidden.body()).contains("Nobody you can see has that handle");
        assertThat(a.submit("/circles/" + club, "/circles/" + club + "/members", Map.of("handle", "ana"))
                        .status())
                .isEqualTo(422);
        assertThat(a.get("/circles/" + club).body()).contains("@ben", "1 person");

        assertThat(a.submit("/circles/" + club, "/circles/" + club + "/members/remove", Map.of("account_id", "" + ben))
                        .status())
                .isEqualTo(303);
        assertThat(members(ana, club)).isEmpty();

        Http.Res confirm = a.get("/circles/" + club + "/delete");
        assertThat(confirm.body()).contains("Delete the circle Climbing?", "action=\"/circles/" + club + "/delete\"");
        assertThat(rel.listCircles().list(ana).stream().map(Circle::id)).contains(club);
        assertThat(a.submit("/circles/" + club + "/delete", "/circles/" + club + "/delete", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(rel.listCircles().list(ana).stream().map(Circle::id)).doesNotContain(club);
    }

    @Test
    void removing_a_connection_asks_first_then_ends_it() {
        PageClient a = signedIn("ana");
        Http.Res confirm = a.get("/connections/" + ben + "/remove");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Remove ben from your connections?");
        assertThat(server.app().graph().isConnected(ana, ben)).isTrue();
        Http.Res done = a.submit("/connections/" + ben + "/remove", "/connections/" + ben + "/remove", Map.of());
        assertThat(done.status()).isEqualTo(303);
        assertThat(server.app().graph().isConnected(ana, ben)).isFalse();
        assertThat(a.get("/connections/" + ben + "/remove").status()).isEqualTo(404);
        assertThat(a.submit("/connections", "/connections/" + ben + "/remove", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(a.get("/connections/abc/remove").status()).isEqualTo(404);
    }

    @Test
    void sent_invitations_look_waiting_when_ignored_or_declined_show_accepted_and_can_be_withdrawn() {
        int eve = TestUsers.create(server, "eve").id();
        int fay = TestUsers.create(server, "fay").id();
        int gus = TestUsers.create(server, "gus").id();
        long toEve = rel.sendInvitation()
                .send(ana, new SendInvitation.Request(eve, "Hi Eve", "colleague", null))
                .invitation()
                .id();
        long toFay = rel.sendInvitation()
                .send(ana, new SendInvitation.Request(fay, "Hi Fay", "colleague", null))
                .invitation()
                .id();
        long toGus = rel.sendInvitation()
                .send(ana, new SendInvitation.Request(gus, "Hi Gus", "colleague", null))
                .invitation()
                .id();
        rel.ignoreInvitation().ignore(eve, toEve);
        rel.declineInvitation().decline(fay, toFay);
        rel.acceptInvitation().accept(gus, toGus);

        PageClient a = signedIn("ana");
        String page = a.get("/invitations/sent").body();
        String eveCard = card(page, toEve), fayCard = card(page, toFay), gusCard = card(page, toGus);
        assertThat(eveCard).contains("Waiting for an answer", "Withdraw");
        // Each person has a face of their own; the rest of the two cards is the same.
        String eveFace = avatarSrc(eveCard);
        assertThat(avatarSrc(fayCard)).isNotEqualTo(eveFace);
        fayCard = fayCard.replace(avatarSrc(fayCard), eveFace);
        assertThat(fayCard)
                .isEqualTo(eveCard.replace("eve", "fay")
                        .replace("Eve", "Fay")
                        .replace("invitation-" + toEve, "invitation-" + toFay)
                        .replace("/" + toEve + "/", "/" + toFay + "/"));
        assertThat(gusCard).contains("Accepted").doesNotContain("Withdraw");
        // The API says the same as the page, and inviting again answers as for any waiting invitation.
        var api = server.http()
                .get("/api/v1/rapport/invitations?box=sent", anaUser.token())
                .json();
        Map<String, String> states = new java.util.HashMap<>();
        api.forEach(j -> states.put(
                j.get("target_account").get("username").asText(), j.get("state").asText()));
        assertThat(states)
                .isEqualTo(Map.of(
                        "eve", "pending", "fay", "pending", "gus", "accepted", "ben", "accepted", "dan", "accepted"));
        var rels = server.http()
                .get("/api/v1/accounts/relationships?id[]=" + eve + "&id[]=" + fay, anaUser.token())
                .json();
        assertThat(rels.get(0).get("invitation_sent").asBoolean()
                        && rels.get(1).get("invitation_sent").asBoolean())
                .isTrue();
        for (int invitee : List.of(eve, fay)) {
            Http.Res again = server.http()
                    .postForm(
                            "/api/v1/rapport/invitations",
                            anaUser.token(),
                            Map.of("account_id", "" + invitee, "how_we_met", "other"));
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("error").asText()).contains("You already invited this account");
        }

        Http.Res withdrawn = a.submit("/invitations/sent", "/invitations/" + toFay + "/withdraw", Map.of());
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(a.follow(withdrawn).body())
                .contains("The invitation is withdrawn")
                .doesNotContain("@fay");
        assertThat(rel.relationships().with(ana, fay).invitationSent()).isFalse();
        // Not the sender's, already withdrawn, accepted, or not an id: 4xx and nothing changes.
        assertThat(signedIn("eve")
                        .submit("/", "/invitations/" + toEve + "/withdraw", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(a.submit("/invitations/sent", "/invitations/" + toFay + "/withdraw", Map.of())
                        .status())
                .isEqualTo(422);
        assertThat(a.submit("/invitations/sent", "/invitations/" + toGus + "/withdraw", Map.of())
                        .status())
                .isEqualTo(422);
        assertThat(a.submit("/invitations/sent", "/invitations/nope/withdraw", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(server.app().graph().isConnected(ana, gus)).isTrue();
        assertThat(a.get("/invitations/sent").body()).contains("@eve", "@gus");
    }

    private static String avatarSrc(String card) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<img class=\"avatar small\" src=\"([^\"]+)\"")
                .matcher(card);
        assertThat(m.find()).as("a face on the card").isTrue();
        return m.group(1);
    }

    private static String card(String page, long id) {
        int start = page.indexOf("id=\"invitation-" + id + "\"");
        assertThat(start).isPositive();
        return page.substring(start, page.indexOf("</li>", start));
    }

    @Test
    void follow_lists_show_ones_own_and_anothers_only_under_its_audience_as_the_api_does() {
        int eve = TestUsers.create(server, "eve").id();
        rel.followAccount().follow(eve, ana, null);
        PageClient b = signedIn("ben");
        assertThat(signedIn("ana").get("/followers").body()).contains("@eve", "@ben");
        assertThat(b.get("/following").body()).contains("@ana");
        assertThat(b.get("/@ana/followers").body()).contains("@eve");
        assertThat(b.get("/@ana").body()).contains("href=\"/@ana/followers\"", "href=\"/@ana/following\"");
        rel.updateProfile()
                .update(ana, Map.of("followers_list", new UpdateProfileFields.Change(null, List.of("only_me"), null)));
        assertThat(b.get("/@ana/followers").body()).doesNotContain("@eve").contains("No one to show");
        assertThat(server.http()
                        .get("/api/v1/accounts/" + ana + "/followers", benUser.token())
                        .json())
                .isEmpty();
        assertThat(signedIn("ana").get("/@ana/followers").body()).contains("@eve");
        assertThat(new PageClient(server).get("/@ana/following").body()).contains("@ben");
        assertThat(b.get("/@nobody/followers").status()).isEqualTo(404);
        rel.blockAccount().block(ana, ben);
        assertThat(b.get("/@ana/following").status()).isEqualTo(404);
        assertThat(b.get("/following?max_id=x").status()).isEqualTo(422);
    }

    @Test
    void an_outgoing_follow_request_is_listed_and_cancelled() {
        int gil = TestUsers.create(server, "gil").id();
        server.app()
                .updateProfile()
                .update(gil, new social.rapport.account.UpdateProfile.Changes(null, null, true, null));
        rel.followAccount().follow(ana, gil, null);
        PageClient a = signedIn("ana");
        assertThat(a.get("/following/requests").body()).contains("@gil", "Cancel request");
        Http.Res res = a.submit("/following/requests", "/following/requests/" + gil + "/cancel", Map.of());
        assertThat(res.status()).isEqualTo(303);
        assertThat(rel.relationships().with(ana, gil).requested()).isFalse();
        assertThat(a.get("/following/requests").body()).doesNotContain("@gil");
        // Nothing to cancel now: 404, and a followed account is not unfollowed by this form.
        assertThat(a.submit("/following/requests", "/following/requests/" + gil + "/cancel", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(a.submit("/following/requests", "/following/requests/" + ben + "/cancel", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(server.app().graph().isFollowing(ana, ben)).isTrue();
    }

    @Test
    void blocks_and_mutes_are_listed_and_undone_from_their_pages() {
        int eve = TestUsers.create(server, "eve").id();
        rel.blockAccount().block(ana, eve);
        rel.muteAccount().mute(ana, cleo, true, 3600);
        rel.muteAccount().mute(ana, ben, true, 0);
        PageClient a = signedIn("ana");
        assertThat(a.get("/blocks").body()).contains("@eve", "Unblock");
        String mutes = a.get("/mutes").body();
        assertThat(mutes).contains("@cleo", "@ben", "until ");
        Http.Res unblock = a.submit("/blocks", "/people/" + eve + "/unblock", Map.of("back", "/blocks"));
        assertThat(unblock.status()).isEqualTo(303);
        assertThat(unblock.header("Location")).startsWith("/blocks");
        assertThat(server.app().graph().blocks(ana)).isEmpty();
        assertThat(a.get("/blocks").body()).doesNotContain("@eve").contains("You block nobody");
        Http.Res unmute = a.submit("/mutes", "/people/" + cleo + "/unmute", Map.of("back", "/mutes"));
        assertThat(unmute.status()).isEqualTo(303);
        assertThat(rel.mutes().isMuted(ana, cleo)).isFalse();
        assertThat(rel.mutes().isMuted(ana, ben)).isTrue();
        assertThat(a.get("/mutes").body()).doesNotContain("@cleo").contains("@ben");
        assertThat(a.get("/blocks?max_id=-1").status()).isEqualTo(422);
        assertThat(new PageClient(server).get("/blocks").status()).isEqualTo(303);
    }
}
