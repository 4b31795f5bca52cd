package social.rapport.relation.block;

import java.util.Arrays;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.AccountPage;
import social.rapport.relation.MuteClock;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * The accounts the viewer blocked and the ones they mute (live mutes only), so that they can undo
 * them. Only the viewer ever sees their own lists.
 */
public final class BlockLists {
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final MuteClock mutes;
    private final BlockStore blocks;

    public BlockLists(Database db, SocialGraph graph, Visible visible, MuteClock mutes, BlockStore blocks) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.mutes = mutes;
        this.blocks = blocks;
    }

    /** A muted account and when the mute ends (null for never). */
    public record Muted(Account account, Long expiresAt) {}

    public List<Account> blocked(int viewer, AccountPage page) {
        int[] ids = graph.blocks(viewer);
        Arrays.sort(ids);
        return db.read(h -> visible.accountsToManage(h, viewer, page.slice(ids)));
    }

    public List<Account> muted(int viewer, AccountPage page) {
        int[] ids = Arrays.stream(graph.mutes(viewer))
                .filter(id -> mutes.isMuted(viewer, id))
                .sorted()
                .toArray();
        return db.read(h -> visible.accounts(h, viewer, page.slice(ids)));
    }

    /** The muted accounts with when each mute ends. */
    public List<Muted> mutedWithExpiry(int viewer, AccountPage page) {
        List<Account> shown = muted(viewer, page);
        return db.read(h -> shown.stream()
                .map(a -> new Muted(a, blocks.muteExpiry(h, viewer, a.id()).orElse(null)))
                .toList());
    }
}
