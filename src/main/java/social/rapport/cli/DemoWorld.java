package social.rapport.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.account.UpdateProfile.Changes;
import social.rapport.account.UpdateProfile.Field;
import social.rapport.app.App;
import social.rapport.relation.RelationServices;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.UpdateProfileFields.Change;
import social.rapport.status.PostStatus;

/**
 * The story's people, made through the same services the API and the pages use, so that every rule,
 * event and notification applies as it would for real people. Only an empty database is filled.
 */
public final class DemoWorld {
    /** Shared by every demo account; shown on the terminal, so never use it for a real one. */
    public static final String PASSWORD = "demo only - not a real password";

    /** Handle, display name and who they are in the story. */
    public record Person(String handle, String name, String role) {}

    public static final List<Person> PEOPLE = List.of(
            new Person("wendy", "Wendy", "blogger: reads new followers' profiles before following back"),
            new Person("carol", "Carol", "careful: business and family apart, screens invitations"),
            new Person("dan", "Dan", "Carol's brother (Family circle)"),
            new Person("mia", "Mia", "Carol's mother (Family circle)"),
            new Person("bob", "Bob", "Carol's colleague (Business circle), Wendy's contact"),
            new Person("paula", "Paula", "locked account with a public introduction"),
            new Person("sam", "Sam", "would-be spammer: his business claim was declined"));

    /** What was made, by name, so callers can point at it. */
    public record Built(Map<String, Integer> accounts, Map<String, Long> circles, Map<String, Long> posts) {}

    private final App app;
    private final RelationServices rel;
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final Map<String, Long> circles = new LinkedHashMap<>();
    private final Map<String, Long> posts = new LinkedHashMap<>();

    private DemoWorld(App app) {
        this.app = app;
        this.rel = app.relations();
    }

    /** Fills an empty database and answers what it made; a database with any account is left alone. */
    public static Optional<Built> fillIfEmpty(App app) {
        if (app.db().read(h -> app.accounts().count(h)) > 0) return Optional.empty();
        return Optional.of(new DemoWorld(app).build());
    }

    private Built build() {
        for (Person p : PEOPLE) {
            int id = app.signUp()
                    .createByOperator(p.handle(), p.handle() + "@example.org", PASSWORD, "user")
                    .id();
            ids.put(p.handle(), id);
        }
        profiles();
        relationships();
        carolsPosts();
        othersPosts();
        claims();
        return new Built(Map.copyOf(ids), Map.copyOf(circles), Map.copyOf(posts));
    }

    private int id(String handle) {
        return ids.get(handle);
    }

    private void profiles() {
        app.updateProfile()
                .update(
                        id("wendy"),
                        new Changes(
                                "Wendy",
                                "Social media is SOCIAL. I read your profile"
                                        + " and your posts before I follow back. #payitforward",
                                false,
                                List.of(new Field("Blog", "Personal media? Social media sounds better"))));
        app.updateProfile()
                .update(
                        id("carol"),
                        new Changes(
                                "Carol",
                                "Careful, not closed: business here," + " family in my Family circle.",
                                false,
                                List.of()));
        app.updateProfile()
                .update(
                        id("paula"),
                        new Changes(
                                "Paula",
                                "My posts are for my followers; my" + " introduction is for you.",
                                true,
                                List.of()));
        for (String h : List.of("dan", "mia", "bob", "sam")) {
            String name = PEOPLE.stream()
                    .filter(p -> p.handle().equals(h))
                    .findFirst()
                    .orElseThrow()
                    .name();
            app.updateProfile().update(id(h), new Changes(name, null, null, null));
        }
    }

    private void relationships() {
        connect("carol", "dan", "Your sister, on the new network", "friend_or_family");
        connect("carol", "mia", "Hi Mum, it is me", "friend_or_family");
        connect("carol", "bob", "Good working with you on the Harbour project", "colleague");
        connect("wendy", "bob", "We talked at the social media meetup", "met_in_person");
        long family = circle("carol", "Family");
        long business = circle("carol", "Business");
        rel.addToCircle().add(id("carol"), family, List.of(id("dan"), id("mia")));
        rel.addToCircle().add(id("carol"), business, List.of(id("bob")));
        circles.put("family", family);
        circles.put("business", business);
        // Carol only takes invitations from her network, with a note, after an earlier exchange or a mutual.
        rel.setScreening().set(id("carol"), "network", true, List.of("mutual_connection"));
        rel.updateProfile()
                .update(
                        id("carol"),
                        Map.of(
                                "headline",
                                        new Change(
                                                "Consultant; I look at your connections before I connect",
                                                List.of("public"),
                                                null),
                                "industry", new Change("Management consulting", List.of("public"), null),
                                "contact_email",
                                        new Change(
                                                "carol@example.org",
                                                List.of("connections"),
                                                List.of("circle:" + family)),
                                "phone", new Change("+1 555 0100", List.of("circle:" + family), null)));
        follow("wendy", "carol");
        follow("carol", "wendy");
        follow("sam", "wendy");
        follow("sam", "carol");
        follow("wendy", "paula"); // a request: Paula is locked
        rel.sendInvitation()
                .send(
                        id("wendy"),
                        new SendInvitation.Request(
                                id("paula"),
                                "I read your introduction and would love to hear more",
                                "shared_interest",
                                null));
    }

    private void carolsPosts() {
        String family = "circle:" + circles.get("family");
        String business = "circle:" + circles.get("business");
        post(
                "carol.public",
                "carol",
                "Careful is not closed: I look at who you know before I link in. #networking",
                "public",
                null,
                null);
        post("carol.unlisted", "carol", "Notes from today's workshop, for whoever finds them.", "unlisted", null, null);
        post("carol.followers", "carol", "Followers: I will be at the trade fair on Thursday.", "private", null, null);
        post(
                "carol.connections",
                "carol",
                "To my connections: my new office number is on my profile.",
                null,
                List.of("connections"),
                null);
        post(
                "carol.network",
                "carol",
                "Anyone in my network hiring a bookkeeper? Ask me for an introduction.",
                null,
                List.of("network"),
                null);
        post(
                "carol.family",
                "carol",
                "Mum's check-up went well. Thank you all for asking.",
                null,
                List.of(family),
                null);
        post("carol.business", "carol", "Business circle: Q3 proposals due Friday.", null, List.of(business), null);
        post("carol.mentioned", "carol", "@bob can you confirm we worked on Harbour together?", "direct", null, null);
        post(
                "carol.only_me",
                "carol",
                "Remember: decline Sam's claim, we never did business.",
                null,
                List.of("only_me"),
                null);
        post(
                "carol.except_business",
                "carol",
                "Off to the lake for the weekend, no work talk!",
                null,
                List.of("connections"),
                List.of(business));
    }

    private void othersPosts() {
        post(
                "wendy.public",
                "wendy",
                "Reviewing today's new followers and reading their posts before I follow back."
                        + " #followfriday #payitforward",
                "public",
                null,
                null);
        reply(
                "carol.reply",
                "carol",
                "wendy.public",
                "Two modes: making connections, and being researched by them. Both matter.");
        reply("wendy.reply", "wendy", "carol.reply", "So true, and sincerity shows either way!");
        post("paula.public", "paula", "Hello! I write about gardening. Follow requests welcome.", "public", null, null);
        post("paula.followers", "paula", "For my followers: seedlings for swap on Saturday.", "private", null, null);
        rel.setIntroduction()
                .set(
                        id("paula"),
                        "I keep my account locked, but here is who I am.",
                        List.of(Long.toString(posts.get("paula.public"))));
        app.posts().services().reblog().reblog(id("bob"), posts.get("carol.public"));
        app.posts().services().favourite().favourite(id("wendy"), posts.get("carol.public"), true);
        app.posts().services().favourite().favourite(id("dan"), posts.get("carol.family"), true);
        app.posts().services().favourite().favourite(id("carol"), posts.get("wendy.public"), true);
    }

    private void claims() {
        long worked = rel.makeClaim()
                .claim(id("bob"), id("carol"), "worked_together", "Harbour project")
                .claim()
                .id();
        rel.confirmClaim().confirm(id("carol"), worked);
        long fake = rel.makeClaim()
                .claim(id("sam"), id("carol"), "did_business", "Big deal in 2024")
                .claim()
                .id();
        rel.declineClaim().decline(id("carol"), fake);
        long rec = rel.writeRecommendation()
                .write(id("bob"), id("carol"), "Carol checks every detail and keeps her word.")
                .recommendation()
                .id();
        rel.acceptRecommendation().accept(id("carol"), rec);
    }

    private void connect(String from, String to, String note, String howWeMet) {
        var sent = rel.sendInvitation().send(id(from), new SendInvitation.Request(id(to), note, howWeMet, null));
        if (!"accepted".equals(sent.invitation().state()))
            rel.acceptInvitation().accept(id(to), sent.invitation().id());
    }

    /** One of the circles every account starts with. */
    private long circle(String owner, String name) {
        return rel.listCircles().list(id(owner)).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void follow(String from, String to) {
        rel.followAccount().follow(id(from), id(to), null);
    }

    private void post(
            String name, String author, String text, String visibility, List<String> audience, List<String> except) {
        posts.put(
                name,
                app.posts()
                        .services()
                        .post()
                        .post(
                                id(author),
                                new PostStatus.Request(
                                        text,
                                        null,
                                        null,
                                        false,
                                        "en",
                                        visibility,
                                        audience == null ? List.of() : audience,
                                        except == null ? List.of() : except,
                                        null,
                                        null,
                                        null))
                        .id());
    }

    private void reply(String name, String author, String parent, String text) {
        posts.put(
                name,
                app.posts()
                        .services()
                        .post()
                        .post(
                                id(author),
                                new PostStatus.Request(
                                        text,
                                        null,
                                        null,
                                        false,
                                        "en",
                                        "public",
                                        List.of(),
                                        List.of(),
                                        null,
                                        Long.toString(posts.get(parent)),
                                        null))
                        .id());
    }
}
