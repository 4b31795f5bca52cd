package social.rapport.graph;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Builds a {@link SocialGraph} from edge lists in one pass, for the start-up rebuild from the
 * store and for benchmarks. Edges are gathered in flat columns, laid out CSR-style (count, prefix
 * sum, scatter), and each account's slice is then sorted, de-duplicated and copied into its own
 * array. This is far faster than applying millions of copy-on-write mutations. Duplicate edges
 * are merged; self-relations and negative ids are rejected as they are by the mutations.
 * A builder is used once.
 */
public final class SocialGraphBuilder {
    private final EdgeList connections = new EdgeList();
    private final EdgeList follows = new EdgeList();
    private final EdgeList blocks = new EdgeList();
    private final EdgeList mutes = new EdgeList();
    private final Circles circles = new Circles();
    private int accountCount;
    private boolean built;

    SocialGraphBuilder() {}

    /** Makes room for this many more connections so a large load does not regrow its columns. */
    public SocialGraphBuilder expectConnections(int count) {
        connections.ensureRoom(count);
        return this;
    }

    /** Reserves ids below accountCount even if they have no edges yet. */
    public SocialGraphBuilder accountCount(int accountCount) {
        this.accountCount = Math.max(this.accountCount, accountCount);
        return this;
    }

    public SocialGraphBuilder connect(int a, int b) {
        check(a, b);
        connections.add(a, b);
        return this;
    }

    /** Adds the first count connections from two parallel columns. */
    public SocialGraphBuilder connectAll(int[] from, int[] to, int count) {
        for (int i = 0; i < count; i++) {
            check(from[i], to[i]);
        }
        connections.addAll(from, to, count);
        return this;
    }

    public SocialGraphBuilder follow(int follower, int followed) {
        check(follower, followed);
        follows.add(follower, followed);
        return this;
    }

    public SocialGraphBuilder block(int blocker, int blocked) {
        check(blocker, blocked);
        blocks.add(blocker, blocked);
        return this;
    }

    public SocialGraphBuilder mute(int muter, int muted) {
        check(muter, muted);
        mutes.add(muter, muted);
        return this;
    }

    public SocialGraphBuilder addToCircle(int owner, long circleId, int member) {
        if (owner < 0 || member < 0) {
            throw new IllegalArgumentException("account ids are non-negative");
        }
        circles.add(owner, circleId, member);
        accountCount(Math.max(owner, member) + 1);
        return this;
    }

    public SocialGraph build() {
        if (built) {
            throw new IllegalStateException("a builder is used once");
        }
        built = true;
        int n = accountCount;
        for (EdgeList edges : new EdgeList[] {connections, follows, blocks, mutes}) {
            n = Math.max(n, edges.maxId() + 1);
        }
        return new SocialGraph(
                adjacency(n, connections, true, true),
                adjacency(n, follows, true, false),
                adjacency(n, follows, false, true),
                adjacency(n, blocks, true, false),
                adjacency(n, blocks, false, true),
                adjacency(n, mutes, true, false),
                adjacency(n, mutes, false, true),
                circles,
                n);
    }

    /**
     * An empty relation starts small and grows on first use: a slot per account costs 4 bytes,
     * which for seven relations would be a byte or more per connection edge.
     */
    private static Adjacency adjacency(int n, EdgeList edges, boolean forward, boolean backward) {
        return edges.size() == 0 ? new Adjacency(16) : new Adjacency(lay(n, edges, forward, backward));
    }

    /**
     * Lays out one direction (or both) of an edge list as per-account sorted arrays.
     * forward indexes each edge under its from column, backward under its to column.
     */
    static int[][] lay(int n, EdgeList edges, boolean forward, boolean backward) {
        int[] from = edges.from();
        int[] to = edges.to();
        int size = edges.size();
        int[] start = new int[n + 1];
        for (int i = 0; i < size; i++) {
            if (forward) {
                start[from[i] + 1]++;
            }
            if (backward) {
                start[to[i] + 1]++;
            }
        }
        long total = 0;
        for (int account = 1; account <= n; account++) {
            total += start[account];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many directed edges: " + total);
            }
            start[account] = (int) total;
        }
        int[] targets = new int[(int) total];
        int[] next = Arrays.copyOf(start, n);
        for (int i = 0; i < size; i++) {
            if (forward) {
                targets[next[from[i]]++] = to[i];
            }
            if (backward) {
                targets[next[to[i]]++] = from[i];
            }
        }
        int[][] lists = new int[Math.max(n, 1)][];
        // Slices are independent, so sorting them in parallel is safe and uses both cores.
        IntStream.range(0, n).parallel().forEach(account -> {
            int begin = start[account];
            int end = start[account + 1];
            if (begin == end) {
                return;
            }
            Arrays.sort(targets, begin, end);
            int unique = begin + 1;
            for (int i = begin + 1; i < end; i++) {
                if (targets[i] != targets[unique - 1]) {
                    targets[unique++] = targets[i];
                }
            }
            lists[account] = Arrays.copyOfRange(targets, begin, unique);
        });
        return lists;
    }

    private static void check(int a, int b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("account ids are non-negative: " + a + ", " + b);
        }
        if (a == b) {
            throw new IllegalArgumentException("an account cannot relate to itself: " + a);
        }
    }
}
