package social.rapport.review;

import java.util.ArrayList;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.relation.AccountPage;
import social.rapport.relation.RelationServices;
import social.rapport.relation.connect.InvitationView;

/**
 * The daily routine in one place: followers one does not follow back yet, follow requests,
 * invitations received and those screening filtered, each as a research card.
 */
public final class ReviewQueue {
    /** A person waiting for a decision; `invitation` is set for invitations, with its screening reason. */
    public record Entry(ResearchCards.Card card, InvitationView invitation, String requestNote) {
        public Entry(ResearchCards.Card card, InvitationView invitation) {
            this(card, invitation, null);
        }
    }

    public record Queue(List<Entry> followers, List<Entry> requests, List<Entry> invitations, List<Entry> filtered) {
        public boolean empty() {
            return followers.isEmpty() && requests.isEmpty() && invitations.isEmpty() && filtered.isEmpty();
        }
    }

    private static final int SHOWN = 20;
    private static final int POSTS = 3;
    private final RelationServices m;
    private final ResearchCards cards;

    public ReviewQueue(RelationServices relations, ResearchCards cards) {
        this.m = relations;
        this.cards = cards;
    }

    public Queue of(int viewer) {
        List<Entry> followers = new ArrayList<>();
        for (Account a : m.followLists().followers(viewer, viewer, AccountPage.first(AccountPage.MAX_LIMIT))) {
            if (followers.size() == SHOWN) break;
            if (m.graph().isFollowing(viewer, a.id()) || m.graph().isConnected(viewer, a.id())) continue;
            followers.add(new Entry(cards.card(viewer, a.id(), POSTS, Long.MAX_VALUE), null));
        }
        List<Entry> requests = new ArrayList<>();
        for (Account a : m.followLists().requests(viewer, AccountPage.first(SHOWN))) {
            requests.add(new Entry(
                    cards.card(viewer, a.id(), POSTS, Long.MAX_VALUE),
                    null,
                    m.followLists().requestNote(viewer, a.id()).orElse(null)));
        }
        return new Queue(followers, requests, invitations(viewer, "received"), invitations(viewer, "filtered"));
    }

    private List<Entry> invitations(int viewer, String box) {
        List<Entry> out = new ArrayList<>();
        for (InvitationView v : m.invitationBoxes().box(viewer, box)) {
            if (out.size() == SHOWN) break;
            out.add(new Entry(cards.card(viewer, v.sender().id(), POSTS, Long.MAX_VALUE), v));
        }
        return out;
    }
}
