package social.rapport.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.account.AccountEvents;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEvents;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Keeps this server's index of posts current: built whole from the store when it is missing (or
 * was left half built), then fed by durable reactions to committed events (a post written, edited or
 * deleted, an account deleted). Each server has its own index in its own data folder, so each reacts
 * as its own consumer of the outbox, named by an id kept in the index's folder: every server's index
 * hears of every change, and a server that restarts catches up from its own position. A post's
 * audience never changes once written, and who may find it is asked again at every search, so the
 * index holds no rule to keep current. A rebuild and the reactions take turns (each reads the store
 * and writes the index under one lock), so a rebuild never writes over a newer version of a post.
 */
public final class PostIndexing {
    private static final Logger LOG = LoggerFactory.getLogger(PostIndexing.class);
    private static final int PAGE = 500;

    private final Database db;
    private final StatusAccess access;
    private final PostIndex index;
    private final String consumer;

    /** `folder`: this server's search folder (in the data folder); the index goes in `posts` under it. */
    public PostIndexing(Database db, StatusAccess access, Path folder) {
        this.db = db;
        this.access = access;
        this.index = PostIndex.open(folder.resolve("posts"));
        this.consumer = "search-index:" + node(folder);
    }

    /** This server's name as a consumer of the outbox. */
    public String consumer() {
        return consumer;
    }

    PostIndex index() {
        return index;
    }

    /** Builds the index from the store if it is not whole; call before serving. Answers how many posts went in. */
    public int rebuildIfMissing() {
        if (index.complete()) return 0;
        return rebuild();
    }

    /** Empties the index and writes every post from the store into it. */
    public synchronized int rebuild() {
        index.clear();
        long after = 0;
        int n = 0;
        while (true) {
            long from = after;
            List<Status> page = db.read(h -> access.unfilteredForIndex(h, from, PAGE));
            for (Status s : page) index.put(s);
            n += page.size();
            if (page.size() < PAGE) break;
            after = page.get(page.size() - 1).id();
        }
        index.commit(true);
        LOG.info("search index built from the store: {} posts", n);
        return n;
    }

    public synchronized void created(Tx tx, StatusEvents.Created e) {
        if (e.reblogOfId() != 0) return;
        refresh(tx, e.statusId());
    }

    public synchronized void edited(Tx tx, StatusEvents.Edited e) {
        refresh(tx, e.statusId());
    }

    public synchronized void deleted(Tx tx, StatusEvents.Deleted e) {
        index.remove(e.statusId());
        index.commit();
    }

    public synchronized void accountDeleted(Tx tx, AccountEvents.Deleted e) {
        index.removeAuthor(e.accountId());
        index.commit();
    }

    /** Writes the post as the store holds it now (a replayed event finds it edited or gone). */
    private void refresh(Tx tx, long id) {
        access.unfilteredForIndex(tx.handle(), id).ifPresentOrElse(index::put, () -> index.remove(id));
        index.commit();
    }

    public void close() {
        index.close();
    }

    /** The id of this index, written beside it the first time. */
    private static String node(Path folder) {
        Path file = folder.resolve("node-id");
        try {
            Files.createDirectories(folder);
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) return id;
            }
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
