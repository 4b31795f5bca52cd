package social.rapport.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Problem;
import social.rapport.status.Status;

/**
 * The full-text index of posts, a Lucene index in a folder of the data folder. It holds each post's
 * words (its text, content warning and title) and its id, author and language; it decides nothing
 * about who may see what: every id it answers is read again through the audience policy. Changes are
 * committed to disk before a reaction reports them done, so a crash never loses one the outbox
 * counts as handled. An index whose last commit does not say it was built whole is rebuilt.
 */
public final class PostIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostIndex.class);

    /** One page of ids, newest first (or oldest first when asked), and whether more may follow. */
    public record Hits(List<Long> ids, boolean more) {}

    private static final String ID = "id";
    private static final String KEY = "key";
    private static final String AUTHOR = "author";
    private static final String COMPLETE = "complete";

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean complete;

    private PostIndex(Directory dir, IndexWriter writer, boolean complete) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.complete = complete;
    }

    /** Opens (or creates) the index in the folder. */
    public static PostIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            boolean complete = false;
            if (DirectoryReader.indexExists(dir)) {
                complete = "1"
                        .equals(SegmentInfos.readLatestCommit(dir).getUserData().get(COMPLETE));
            }
            IndexWriterConfig config = new IndexWriterConfig(PostAnalysis.indexing());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new PostIndex(dir, new IndexWriter(dir, config), complete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Was the index built whole from the store (and kept since)? If not, it must be rebuilt. */
    public boolean complete() {
        return complete;
    }

    /** Adds or replaces the post. */
    public void put(Status s) {
        Document d = new Document();
        String key = Long.toString(s.id());
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new LongPoint(ID, s.id()));
        d.add(new NumericDocValuesField(ID, s.id()));
        d.add(new StoredField(ID, s.id()));
        d.add(new StringField(AUTHOR, Integer.toString(s.accountId()), Field.Store.NO));
        String text = String.join("\n", nonNull(s.title()), nonNull(s.spoilerText()), nonNull(s.source()));
        d.add(new TextField(PostAnalysis.ALL, text, Field.Store.NO));
        String lang = PostAnalysis.field(s.language());
        if (lang != null) d.add(new TextField(lang, text, Field.Store.NO));
        try {
            writer.updateDocument(new Term(KEY, key), d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term(KEY, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every post of the account. */
    public void removeAuthor(int accountId) {
        try {
            writer.deleteDocuments(new Term(AUTHOR, Integer.toString(accountId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, for a rebuild; the index is not complete until {@link #commit(boolean)} says so. */
    public void clear() {
        try {
            complete = false;
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the changes to disk and shows them to searches; `whole` marks a finished rebuild. */
    public synchronized void commit(boolean whole) {
        try {
            if (whole) complete = true;
            writer.setLiveCommitData(Map.of(COMPLETE, complete ? "1" : "0").entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commit() {
        commit(false);
    }

    /**
     * Ids of posts that match the query `text` (in {@link PostAnalysis}'s syntax), by `author` when not 0, with ids strictly between
     * `minId` and `maxId` (0: no bound), newest first, or oldest first with `ascending`; `after` goes
     * on from the last id of a previous page (0 at the start).
     */
    public Hits search(String text, int author, long minId, long maxId, boolean ascending, long after, int n) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Query words = PostAnalysis.parse(text, FieldInfos.getIndexedFields(s.getIndexReader()));
                if (words == null) return new Hits(List.of(), false);
                return search(s, words, author, minId, maxId, ascending, after, n);
            } finally {
                searchers.release(s);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw Problem.invalid("q", "The search has too many words");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hits search(
            IndexSearcher s, Query words, int author, long minId, long maxId, boolean ascending, long after, int n)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(words, BooleanClause.Occur.MUST);
        if (author > 0) b.add(new TermQuery(new Term(AUTHOR, Integer.toString(author))), BooleanClause.Occur.FILTER);
        long lo = minId > 0 ? minId + 1 : Long.MIN_VALUE;
        long hi = maxId > 0 ? maxId - 1 : Long.MAX_VALUE;
        if (after > 0) {
            if (ascending) lo = Math.max(lo, after + 1);
            else hi = Math.min(hi, after - 1);
        }
        if (lo > hi) return new Hits(List.of(), false);
        b.add(LongPoint.newRangeQuery(ID, lo, hi), BooleanClause.Occur.FILTER);
        Sort sort = new Sort(new SortField(ID, SortField.Type.LONG, !ascending));
        TopFieldDocs top = s.search(b.build(), n, sort, false);
        List<Long> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) ids.add((Long) ((FieldDoc) sd).fields[0]);
        return new Hits(ids, top.scoreDocs.length == n);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Commits and closes. A thread interrupted while it wrote the index (a request or a background
     * job stopped as the server stops) closes the lock's file channel under Lucene, and the writer can
     * then neither commit nor close cleanly: what it had not committed is dropped, which is safe,
     * since the outbox marks a change done only after its commit and replays the rest at the next start.
     */
    @Override
    public void close() {
        try {
            searchers.close();
            try {
                writer.close();
            } catch (IOException | RuntimeException e) { // closed lock, or a writer that hit a tragic error
                LOG.warn(
                        "search index not closed cleanly ({}); changes after its last commit are replayed at the next start",
                        e.getMessage());
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index writer dropped: {}", e.getMessage());
        } finally {
            try {
                dir.close();
            } catch (IOException e) {
                LOG.warn("search index folder not closed: {}", e.getMessage());
            }
        }
    }
}
