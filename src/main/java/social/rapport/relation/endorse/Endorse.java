package social.rapport.relation.endorse;

import java.util.Arrays;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.AccountPage;
import social.rapport.relation.ListAccess;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * Featuring accounts one follows on one's profile (Mastodon's endorsements). An endorsement tells
 * that its owner follows the account, so a profile's list is shown only to a viewer who may see the
 * owner's following list, and holds only accounts the owner still follows and the viewer may see.
 */
public final class Endorse {
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ListAccess lists;
    private final EndorseStore store;
    private final Relationships relationships;

    public Endorse(
            Database db,
            SocialGraph graph,
            Visible visible,
            ListAccess lists,
            EndorseStore store,
            Relationships relationships) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.lists = lists;
        this.store = store;
        this.relationships = relationships;
    }

    /** Only an account one follows may be endorsed (422 otherwise); one the viewer may not see is 404. */
    public Relationship endorse(int viewer, int target) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, target);
            if (target == viewer) throw Problem.invalid("id", "One cannot endorse oneself");
            if (!graph.isFollowing(viewer, target))
                throw Problem.invalid("id", "You must be following this account to endorse it");
            store.endorse(tx, viewer, target);
        });
        return relationships.with(viewer, target);
    }

    public Relationship unendorse(int viewer, int target) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, target);
            store.unendorse(tx, viewer, target);
        });
        return relationships.with(viewer, target);
    }

    /** The caller's own endorsements that still stand (accounts still followed and visible). */
    public List<Account> mine(int viewer, AccountPage page) {
        return db.read(h -> visible.accounts(h, viewer, page.slice(standing(h, viewer))));
    }

    /** The account's endorsements as the viewer may see them; empty when its following list is hidden from them. */
    public List<Account> ofAccount(int viewer, int owner, AccountPage page) {
        return db.read(h -> {
            visible.account(h, viewer, owner);
            if (!lists.canSee(h, viewer, owner, ProfileItem.FOLLOWING_LIST)) return List.<Account>of();
            return visible.accounts(h, viewer, page.slice(standing(h, owner)));
        });
    }

    private int[] standing(org.jdbi.v3.core.Handle h, int owner) {
        return Arrays.stream(store.endorsed(h, owner))
                .filter(id -> graph.isFollowing(owner, id))
                .toArray();
    }
}
