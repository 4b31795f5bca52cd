package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.account.avatar.ChangeProfileImages;
import social.rapport.account.avatar.MediaProfileMaker;
import social.rapport.core.Problem;
import social.rapport.files.BlobStore;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Deleting an account removes its files from the blob store, on both databases: its uploaded avatar
 * and header, its posts' media and the uploads no post took; each address then answers 404. Another
 * account's files stay.
 */
@RapportServer
class AccountDeletionFilesTest {
    TestServer server;
    Http http;
    MediaClient media;

    @Person
    User ana, ben;

    /** Uploads an avatar and a header; answers their addresses. */
    private List<String> profilePictures(User who) {
        Multipart m = new Multipart()
                .file("avatar", "me.jpg", "image/jpeg", MediaClient.image("jpg", 120, 120))
                .file("header", "wide.jpg", "image/jpeg", MediaClient.image("jpg", 600, 200));
        Http.Res r = http.raw("PATCH", "/api/v1/accounts/update_credentials", who.token(), m.contentType(), m.body());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return List.of(r.json().get("avatar").asText(), r.json().get("header").asText());
    }

    /** Posts a photo; answers its address as its author is shown it. */
    private String postedPhoto(User who, String visibility) {
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                who.token(),
                map("status", "a photo", "visibility", visibility, "media_ids", List.of(media.jpegId(who))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().at("/media_attachments/0/url").asText();
    }

    /** The blob key behind an address: its path without the leading slash and the query. */
    private static String key(String url) {
        return MediaClient.local(url).replaceFirst("^/", "").replaceFirst("\\?.*$", "");
    }

    private BlobStore blobs() {
        return server.app().media().serve().blobs();
    }

    private long avatarFiles() throws IOException {
        Path dir = server.app().config().dataDir().resolve("media").resolve("avatars");
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void an_avatar_stored_after_the_account_was_deleted_is_removed_by_its_own_upload() throws IOException {
        ChangeProfileImages change = new ChangeProfileImages(server.app().db(), blobs(), new MediaProfileMaker());
        byte[] jpeg = MediaClient.image("jpg", 120, 120);
        // The picture is made while the account exists; the account is deleted before it is stored.
        ChangeProfileImages.Prepared prepared =
                change.prepare(Kind.AVATAR, "avatar", new ByteArrayInputStream(jpeg), jpeg.length);
        long before = avatarFiles();
        Http.Res deleted =
                http.postJson("/api/v1/rapport/account/delete", ana.token(), map("password", TestUsers.PASSWORD));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThatThrownBy(() -> change.apply(ana.id(), List.of(prepared)))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThat(avatarFiles()).isEqualTo(before);
    }

    @Test
    void deleting_an_account_removes_its_profile_pictures_and_media_files() {
        List<String> pictures = profilePictures(ana);
        String publicPhoto = postedPhoto(ana, "public");
        String privatePhoto = postedPhoto(ana, "private");
        JsonNode unattached = media.jpeg(ana);
        String unattachedUrl = unattached.get("url").asText();
        List<String> bens = profilePictures(ben);
        String bensPhoto = postedPhoto(ben, "public");

        List<String> anas = List.of(pictures.get(0), pictures.get(1), publicPhoto, privatePhoto, unattachedUrl);
        for (String url : anas) assertThat(blobs().info(key(url))).as(url).isPresent();
        for (String url : List.of(pictures.get(0), pictures.get(1), publicPhoto, privatePhoto)) {
            assertThat(media.status(url)).as(url).isEqualTo(200);
        }

        Http.Res deleted =
                http.postJson("/api/v1/rapport/account/delete", ana.token(), map("password", TestUsers.PASSWORD));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        server.app().db().outbox().catchUp();

        for (String url : anas) {
            assertThat(media.status(url)).as(url).isEqualTo(404);
            assertThat(blobs().info(key(url))).as(url).isEmpty();
        }
        int rows = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM media_attachments WHERE account_id = :a")
                        .bind("a", ana.id())
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isZero();

        for (String url : List.of(bens.get(0), bens.get(1), bensPhoto)) {
            assertThat(media.status(url)).as(url).isEqualTo(200);
            assertThat(blobs().info(key(url))).as(url).isPresent();
        }
    }
}
