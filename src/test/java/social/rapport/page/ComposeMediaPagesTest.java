package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Jpegs;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Photos through the composer, on both databases: without JavaScript the form carries the files and
 * their descriptions and the post is made with them in one go; a file that is not a photo brings the
 * form back with a clear error and posts nothing; with JavaScript a file is uploaded first (JSON, with
 * the page's token) and the post names it, in the order chosen, with its description.
 */
@RapportServer
class ComposeMediaPagesTest {
    TestServer server;
    Scene scene;

    @Person
    TestUsers.User ana;

    @Person
    TestUsers.User ben;

    private int count(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static Http.Res send(PageClient c, Multipart m) {
        return c.send("POST", "/statuses", m.contentType(), m.body());
    }

    private static Multipart compose(PageClient c, String text) {
        return new Multipart()
                .field("_csrf", PageClient.csrf(c.get("/").body()))
                .field("status", text)
                .field("audience", "public")
                .field("reply_policy", "everyone");
    }

    @Test
    void without_javascript_the_form_posts_the_photo_with_its_description() {
        PageClient c = scene.signedIn("ana");
        assertThat(c.get("/").body())
                .contains("enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"description[0]\"");
        Http.Res r = send(
                c,
                compose(c, "Our new office")
                        .file("media", "office.jpg", "image/jpeg", Jpegs.photo(120, 80))
                        .field("description[0]", "A yellow sun over a green field"));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM media_attachments WHERE status_id IS NOT NULL AND account_id = "
                        + ana.id() + " AND description = 'A yellow sun over a green field'"))
                .isEqualTo(1);
        String home = c.get("/").body();
        assertThat(home)
                .contains("Our new office", "class=\"media-grid media-count-1\"")
                .contains("alt=\"A yellow sun over a green field\"", "loading=\"lazy\"", "width=\"");
    }

    @Test
    void a_file_that_is_not_a_photo_brings_the_form_back_and_posts_nothing() {
        PageClient c = scene.signedIn("ana");
        int before = count("SELECT COUNT(*) FROM statuses WHERE account_id = " + ana.id());
        Http.Res r = send(
                c,
                compose(c, "This should not be posted")
                        .file("media", "notes.jpg", "image/jpeg", "plain words".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"media-error\"", "notes.jpg").contains("This should not be posted");
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE account_id = " + ana.id()))
                .isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM media_attachments WHERE account_id = " + ana.id()))
                .isZero();
    }

    @Test
    void five_files_are_refused_with_the_limit_said() {
        PageClient c = scene.signedIn("ana");
        Multipart m = compose(c, "Too many");
        for (int i = 0; i < 5; i++) m.file("media", "p" + i + ".jpg", "image/jpeg", Jpegs.photo(40, 30));
        Http.Res r = send(c, m);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("up to 4 images");
        assertThat(count("SELECT COUNT(*) FROM media_attachments WHERE account_id = " + ana.id()))
                .isZero();
    }

    @Test
    void with_javascript_files_are_uploaded_first_and_the_post_takes_them_in_the_order_chosen() {
        PageClient c = scene.signedIn("ana");
        String csrf = PageClient.csrf(c.get("/").body());
        String first = upload(c, csrf, "first.jpg");
        String second = upload(c, csrf, "second.jpg");

        Multipart m = compose(c, "Two photos, second first")
                .field("media_ids[]", second)
                .field("media_descriptions[]", "The second photo")
                .field("media_ids[]", first)
                .field("media_descriptions[]", "");
        Http.Res r = send(c, m);
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(count("SELECT position FROM media_attachments WHERE id = " + second))
                .isLessThan(count("SELECT position FROM media_attachments WHERE id = " + first));
        String home = c.get("/").body();
        assertThat(home).contains("media-count-2", "alt=\"The second photo\"", "alt=\"Image without a description\"");
        assertThat(home.indexOf("alt=\"The second photo\"")).isLessThan(home.indexOf("Image without a description"));
    }

    @Test
    void the_upload_route_wants_the_page_token_and_another_persons_upload_is_refused() {
        PageClient c = scene.signedIn("ana");
        Multipart noToken = new Multipart().file("file", "a.jpg", "image/jpeg", Jpegs.photo(40, 30));
        assertThat(c.send("POST", "/compose/media", noToken.contentType(), noToken.body())
                        .status())
                .isEqualTo(403);

        PageClient b = scene.signedIn("ben");
        String bens = upload(b, PageClient.csrf(b.get("/").body()), "bens.jpg");
        int before = count("SELECT COUNT(*) FROM statuses WHERE account_id = " + ana.id());
        Http.Res r = send(c, compose(c, "Taking Ben's photo").field("media_ids[]", bens));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"media-error\"");
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE account_id = " + ana.id()))
                .isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM media_attachments WHERE status_id IS NULL AND id = " + bens))
                .isEqualTo(1);
    }

    @Test
    void the_upload_route_answers_a_bad_file_with_a_json_error() {
        PageClient c = scene.signedIn("ana");
        Multipart m = new Multipart()
                .field("_csrf", PageClient.csrf(c.get("/").body()))
                .file("file", "notes.png", "image/png", "plain words".getBytes(StandardCharsets.UTF_8));
        Http.Res r = c.send("POST", "/compose/media", m.contentType(), m.body());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").asText()).startsWith("notes.png: ");
    }

    private static String upload(PageClient c, String csrf, String name) {
        Multipart m = new Multipart().field("_csrf", csrf).file("file", name, "image/jpeg", Jpegs.photo(60, 40));
        Http.Res r = c.send("POST", "/compose/media", m.contentType(), m.body());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("preview_url").asText()).contains("/media/");
        return r.json().path("id").asText();
    }
}
