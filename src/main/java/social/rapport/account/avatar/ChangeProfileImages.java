package social.rapport.account.avatar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import social.rapport.account.AccountEvents;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.account.Secrets;
import social.rapport.core.Problem;
import social.rapport.files.BlobStore;
import social.rapport.processing.Rendition;
import social.rapport.store.Database;

/**
 * Uploads and removes one's avatar and header. In two steps, so that a request that also changes other
 * things checks everything before writing anything: {@link #prepare} makes the served image (a bad
 * file is a 422 and nothing is kept), {@link #apply} stores it under a new random name and records it;
 * the file it replaces is deleted.
 */
public final class ChangeProfileImages {
    /** Mastodon's limit for an avatar or a header. */
    public static final long MAX_UPLOAD = 2 * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;
    private final BlobStore blobs;
    private final ProfileImageMaker maker;
    private final ProfileImageStore store = new ProfileImageStore();

    /** An image made and checked, not yet stored; {@link #discard} it when the request fails. */
    public record Prepared(Kind kind, Rendition image, Path workDir) {}

    public ChangeProfileImages(Database db, BlobStore blobs, ProfileImageMaker maker) {
        this.db = db;
        this.blobs = blobs;
        this.maker = maker;
    }

    /** `field` names the parameter in a 422 (`avatar`, `header`). */
    public Prepared prepare(Kind kind, String field, InputStream upload, long size) {
        if (size > MAX_UPLOAD) throw Problem.invalid(field, "The file is larger than 2 MB");
        Path work;
        try {
            work = Files.createTempDirectory("rapport-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path in = work.resolve("upload");
            Files.copy(upload, in, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(in) == 0) throw Problem.invalid(field, "The file is empty");
            if (Files.size(in) > MAX_UPLOAD) throw Problem.invalid(field, "The file is larger than 2 MB");
            return new Prepared(kind, maker.make(in, kind, field, work), work);
        } catch (IOException e) {
            deleteAll(work);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteAll(work);
            throw e;
        }
    }

    /** Stores the prepared images as the account's, replacing (and deleting) the earlier ones. */
    public void apply(int accountId, List<Prepared> images) {
        try {
            List<String> replaced = new ArrayList<>();
            for (Prepared p : images) {
                String file = randomName() + "." + p.image().extension();
                String key = key(p.kind(), file);
                blobs.put(key, p.image().file(), p.image().contentType());
                Optional<String> old = db.write(tx -> {
                    String before = store.file(tx.handle(), accountId, p.kind()).orElse(null);
                    if (!store.set(tx, accountId, p.kind(), file, Secrets.token())) return null;
                    tx.emit(new AccountEvents.Updated(accountId));
                    return Optional.ofNullable(before);
                });
                if (old == null) {
                    // The account was deleted meanwhile: its deletion could not name this file, so it goes here.
                    blobs.delete(key);
                    throw Problem.notFound();
                }
                old.ifPresent(o -> replaced.add(key(p.kind(), o)));
            }
            replaced.forEach(blobs::delete);
        } finally {
            images.forEach(ChangeProfileImages::discard);
        }
    }

    /** Back to the generated default; the uploaded file is deleted. */
    public void remove(int accountId, Kind kind) {
        String old = db.write(tx -> {
            String before = store.file(tx.handle(), accountId, kind).orElse(null);
            if (before != null) {
                store.set(tx, accountId, kind, null, null);
                tx.emit(new AccountEvents.Updated(accountId));
            }
            return before;
        });
        if (old != null) blobs.delete(key(kind, old));
    }

    public static void discard(Prepared p) {
        if (p != null) deleteAll(p.workDir());
    }

    /** Where the blob store keeps an image: `avatars/<name>` or `headers/<name>`. */
    static String key(Kind kind, String file) {
        return kind.folder() + "/" + file;
    }

    /** 128 random bits in lower-case hex: nothing about the account, and not guessable. */
    private static String randomName() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteAll(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is cleaned by the system.
        }
    }
}
