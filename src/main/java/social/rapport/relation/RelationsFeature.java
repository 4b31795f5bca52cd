package social.rapport.relation;

import java.util.List;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.block.BlockRoutes;
import social.rapport.relation.block.DomainBlockRoutes;
import social.rapport.relation.block.DomainBlocks;
import social.rapport.relation.circle.CircleRoutes;
import social.rapport.relation.claim.ClaimRoutes;
import social.rapport.relation.connect.ConnectRoutes;
import social.rapport.relation.connect.SharedContext;
import social.rapport.relation.endorse.EndorseRoutes;
import social.rapport.relation.follow.FollowRoutes;
import social.rapport.relation.note.NoteRoutes;
import social.rapport.relation.profile.ProfileRoutes;
import social.rapport.store.Database;
import social.rapport.web.Feature;
import social.rapport.web.Routes;

/**
 * The relationships feature: its services over the graph and the policy the App built, its routes
 * (each given only the services it calls), and its reactions: the graph's updates, and the default
 * circles of a new account.
 */
public final class RelationsFeature {
    private RelationsFeature() {}

    /** The functions this feature contributes to the table of reactions. */
    public record Reactions(GraphUpdater graph, social.rapport.relation.circle.ListCircles circles) {}

    public static Feature<RelationServices, Reactions> build(
            Database db,
            AccountStore accounts,
            String baseUrl,
            RelationLimits limits,
            SharedContext shared,
            GraphLoader.Loaded graph,
            AudiencePolicy policy,
            PostFacts posts) {
        RelationServices s = RelationServices.build(db, accounts, baseUrl, limits, shared, graph, policy, posts);
        DomainBlocks domains = new DomainBlocks(db, java.net.URI.create(baseUrl).getHost());
        return new Feature<>(
                s, routes(s, domains), List.of(), new Reactions(new GraphUpdater(db, graph), s.listCircles()));
    }

    static List<Routes> routes(RelationServices s, DomainBlocks domains) {
        return List.of(
                new FollowRoutes(new FollowRoutes.Services(
                        s.relationships(),
                        s.familiarFollowers(),
                        s.cards(),
                        s.followAccount(),
                        s.unfollowAccount(),
                        s.removeFollower(),
                        s.followLists(),
                        s.authorizeFollowRequest(),
                        s.rejectFollowRequest())),
                new ConnectRoutes(new ConnectRoutes.Services(
                        s.invitationBoxes(),
                        s.cards(),
                        s.acceptInvitation(),
                        s.declineInvitation(),
                        s.ignoreInvitation(),
                        s.withdrawInvitation(),
                        s.connectionList(),
                        s.networkDistance(),
                        s.removeConnection(),
                        s.setScreening(),
                        s.idempotency(),
                        s.sendInvitation())),
                new CircleRoutes(new CircleRoutes.Services(
                        s.listCircles(),
                        s.idempotency(),
                        s.createCircle(),
                        s.renameCircle(),
                        s.deleteCircle(),
                        s.cards(),
                        s.circleMembers(),
                        s.addToCircle(),
                        s.removeFromCircle())),
                new ProfileRoutes(new ProfileRoutes.Services(
                        s.viewProfile(), s.updateProfile(), s.viewIntroduction(), s.setIntroduction())),
                new BlockRoutes(new BlockRoutes.Services(
                        s.blockLists(),
                        s.cards(),
                        s.blockAccount(),
                        s.unblockAccount(),
                        s.muteAccount(),
                        s.unmuteAccount())),
                new NoteRoutes(s.setNote()),
                new EndorseRoutes(s.endorse(), s.cards()),
                new DomainBlockRoutes(domains),
                new ClaimRoutes(new ClaimRoutes.Services(
                        s.idempotency(),
                        s.makeClaim(),
                        s.whatOthersSay(),
                        s.confirmClaim(),
                        s.declineClaim(),
                        s.writeRecommendation(),
                        s.reviseRecommendation(),
                        s.acceptRecommendation(),
                        s.hideRecommendation(),
                        s.askRevision(),
                        s.cards())));
    }
}
