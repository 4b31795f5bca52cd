package social.rapport.relation;

import java.util.List;
import social.rapport.account.AccountEvents;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.block.BlockAccount;
import social.rapport.relation.block.BlockLists;
import social.rapport.relation.block.BlockRoutes;
import social.rapport.relation.block.BlockStore;
import social.rapport.relation.block.MuteAccount;
import social.rapport.relation.block.UnblockAccount;
import social.rapport.relation.block.UnmuteAccount;
import social.rapport.relation.circle.AddToCircle;
import social.rapport.relation.circle.CircleMembers;
import social.rapport.relation.circle.CircleRoutes;
import social.rapport.relation.circle.CircleStore;
import social.rapport.relation.circle.CreateCircle;
import social.rapport.relation.circle.DeleteCircle;
import social.rapport.relation.circle.ListCircles;
import social.rapport.relation.circle.RemoveFromCircle;
import social.rapport.relation.circle.RenameCircle;
import social.rapport.relation.claim.AcceptRecommendation;
import social.rapport.relation.claim.AskRevision;
import social.rapport.relation.claim.ClaimRoutes;
import social.rapport.relation.claim.ClaimStore;
import social.rapport.relation.claim.ConfirmClaim;
import social.rapport.relation.claim.DeclineClaim;
import social.rapport.relation.claim.HideRecommendation;
import social.rapport.relation.claim.MakeClaim;
import social.rapport.relation.claim.ReviseRecommendation;
import social.rapport.relation.claim.WhatOthersSay;
import social.rapport.relation.claim.WriteRecommendation;
import social.rapport.relation.connect.AcceptInvitation;
import social.rapport.relation.connect.ConnectRoutes;
import social.rapport.relation.connect.ConnectionFacts;
import social.rapport.relation.connect.ConnectionList;
import social.rapport.relation.connect.ConnectionStore;
import social.rapport.relation.connect.DeclineInvitation;
import social.rapport.relation.connect.IgnoreInvitation;
import social.rapport.relation.connect.InvitationBoxes;
import social.rapport.relation.connect.InvitationStore;
import social.rapport.relation.connect.NetworkDistance;
import social.rapport.relation.connect.NetworkMap;
import social.rapport.relation.connect.OwnConnections;
import social.rapport.relation.connect.RemoveConnection;
import social.rapport.relation.connect.ScreenInvitation;
import social.rapport.relation.connect.ScreeningStore;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.connect.SetScreening;
import social.rapport.relation.connect.SharedContext;
import social.rapport.relation.connect.WithdrawInvitation;
import social.rapport.relation.follow.AuthorizeFollowRequest;
import social.rapport.relation.follow.FamiliarFollowers;
import social.rapport.relation.follow.FollowAccount;
import social.rapport.relation.follow.FollowLists;
import social.rapport.relation.follow.FollowRoutes;
import social.rapport.relation.follow.FollowStore;
import social.rapport.relation.follow.RejectFollowRequest;
import social.rapport.relation.follow.RemoveFollower;
import social.rapport.relation.follow.UnfollowAccount;
import social.rapport.relation.profile.ProfileRoutes;
import social.rapport.relation.profile.ProfileStore;
import social.rapport.relation.profile.SetIntroduction;
import social.rapport.relation.profile.UpdateProfile;
import social.rapport.relation.profile.ViewIntroduction;
import social.rapport.relation.profile.ViewProfile;
import social.rapport.store.Database;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Routes;

/**
 * The relationships feature wired together: the graph rebuilt from the store and kept current from
 * committed events, the audience policy over it, and one service per use case. Tests build it
 * directly; the App builds one and mounts its routes.
 */
public final class RelationsModule {
    public final Database db;
    public final SocialGraph graph;
    public final GraphRelations relations;
    public final AudiencePolicy policy;
    public final MuteClock mutes;
    public final FollowStore follows = new FollowStore();
    public final ConnectionStore connectionStore = new ConnectionStore();
    public final InvitationStore invitationStore = new InvitationStore();
    public final ScreeningStore screeningStore = new ScreeningStore();
    public final CircleStore circleStore = new CircleStore();
    public final ProfileStore profiles = new ProfileStore();
    public final BlockStore blocks = new BlockStore();
    public final ClaimStore claims = new ClaimStore();
    public final Visible visible;
    /** What this feature may ask about posts (counts, introductions); the policy decides on the answers. */
    public final PostFacts postFacts;

    public final ListAccess lists;
    public final FollowCounts counts;
    public final AccountCards cards;
    public final Relationships relationships;
    public final FollowAccount followAccount;
    public final UnfollowAccount unfollowAccount;
    public final RemoveFollower removeFollower;
    public final AuthorizeFollowRequest authorizeFollowRequest;
    public final RejectFollowRequest rejectFollowRequest;
    public final FollowLists followLists;
    public final FamiliarFollowers familiarFollowers;
    public final SendInvitation sendInvitation;
    public final AcceptInvitation acceptInvitation;
    public final DeclineInvitation declineInvitation;
    public final IgnoreInvitation ignoreInvitation;
    public final WithdrawInvitation withdrawInvitation;
    public final InvitationBoxes invitationBoxes;
    public final RemoveConnection removeConnection;
    public final SetScreening setScreening;
    public final ConnectionList connectionList;
    public final OwnConnections ownConnections;
    public final BlockLists blockLists;
    public final NetworkDistance networkDistance;
    public final NetworkMap networkMap;
    public final ListCircles listCircles;
    public final DescribeAudience describeAudience;
    public final CreateCircle createCircle;
    public final RenameCircle renameCircle;
    public final DeleteCircle deleteCircle;
    public final CircleMembers circleMembers;
    public final AddToCircle addToCircle;
    public final RemoveFromCircle removeFromCircle;
    public final ViewProfile viewProfile;
    public final UpdateProfile updateProfile;
    public final SetIntroduction setIntroduction;
    public final ViewIntroduction viewIntroduction;
    public final BlockAccount blockAccount;
    public final UnblockAccount unblockAccount;
    public final MuteAccount muteAccount;
    public final UnmuteAccount unmuteAccount;
    public final MakeClaim makeClaim;
    public final ConfirmClaim confirmClaim;
    public final DeclineClaim declineClaim;
    public final WriteRecommendation writeRecommendation;
    public final ReviseRecommendation reviseRecommendation;
    public final AcceptRecommendation acceptRecommendation;
    public final HideRecommendation hideRecommendation;
    public final AskRevision askRevision;
    public final WhatOthersSay whatOthersSay;
    /** Idempotency-Key on the creates of this feature: claims, recommendations, invitations, circles. */
    public final IdempotencyKeys idempotency;

    public RelationsModule(
            Database db, AccountStore accounts, String baseUrl, RelationLimits limits, SharedContext shared) {
        this(db, accounts, baseUrl, limits, shared, () -> true, PostFacts.NONE);
    }

    /**
     * `signedOutMaySee`: the instance's setting for visitors who are not signed in (see the audience
     * policy); `posts`: what the posts feature tells about an author's posts, for their counts.
     */
    public RelationsModule(
            Database db,
            AccountStore accounts,
            String baseUrl,
            RelationLimits limits,
            SharedContext shared,
            java.util.function.BooleanSupplier signedOutMaySee,
            PostFacts posts) {
        this.db = db;
        this.postFacts = posts;
        this.idempotency = new IdempotencyKeys(db);
        GraphLoader.Loaded loaded = GraphLoader.load(db);
        GraphUpdater.listen(db, loaded);
        this.graph = loaded.graph();
        this.relations = loaded.relations();
        this.mutes = loaded.mutes();
        this.policy = new AudiencePolicy(relations, signedOutMaySee);
        this.visible = new Visible(accounts, policy);
        this.lists = new ListAccess(policy, profiles);
        this.followLists = new FollowLists(db, graph, visible, lists, follows);
        this.counts = new FollowCounts(db, policy, followLists, follows, posts);
        this.cards = new AccountCards(baseUrl, counts, policy);
        ConnectionFacts facts = new ConnectionFacts(policy, lists);
        this.connectionList = new ConnectionList(db, graph, visible, facts);
        this.relationships =
                new Relationships(db, graph, policy, mutes, follows, invitationStore, blocks, connectionList);
        this.followAccount = new FollowAccount(db, visible, follows, limits, relationships);
        this.unfollowAccount = new UnfollowAccount(db, visible, follows, relationships);
        this.removeFollower = new RemoveFollower(db, visible, follows, relationships);
        this.authorizeFollowRequest = new AuthorizeFollowRequest(db, visible, follows, relationships);
        this.rejectFollowRequest = new RejectFollowRequest(db, visible, follows, relationships);
        this.familiarFollowers = new FamiliarFollowers(db, graph, visible, lists);
        ScreenInvitation screen = new ScreenInvitation(graph, screeningStore, profiles, shared, limits);
        this.sendInvitation =
                new SendInvitation(db, visible, invitationStore, connectionStore, follows, screen, limits);
        this.acceptInvitation = new AcceptInvitation(db, visible, invitationStore, connectionStore, follows, limits);
        this.declineInvitation = new DeclineInvitation(db, visible, invitationStore);
        this.ignoreInvitation = new IgnoreInvitation(db, visible, invitationStore);
        this.withdrawInvitation = new WithdrawInvitation(db, visible, invitationStore);
        this.invitationBoxes = new InvitationBoxes(db, visible, invitationStore, connectionStore);
        this.removeConnection = new RemoveConnection(db, visible, connectionStore, relationships);
        this.setScreening = new SetScreening(db, screeningStore);
        this.ownConnections = new OwnConnections(db, visible, connectionStore, invitationStore);
        this.networkDistance = new NetworkDistance(db, graph, visible, facts);
        this.listCircles = new ListCircles(db, circleStore);
        this.networkMap = new NetworkMap(db, graph, visible, facts, listCircles);
        this.describeAudience = new DescribeAudience(db, graph, policy, listCircles, connectionList);
        this.createCircle = new CreateCircle(db, circleStore);
        this.renameCircle = new RenameCircle(db, circleStore);
        this.deleteCircle = new DeleteCircle(db, circleStore);
        this.circleMembers = new CircleMembers(db, circleStore, visible);
        this.addToCircle = new AddToCircle(db, circleStore, visible);
        this.removeFromCircle = new RemoveFromCircle(db, circleStore);
        this.viewProfile = new ViewProfile(db, visible, profiles);
        this.updateProfile = new UpdateProfile(db, profiles, circleStore, viewProfile);
        this.setIntroduction = new SetIntroduction(db, profiles, posts);
        this.viewIntroduction = new ViewIntroduction(db, visible, profiles, posts);
        this.blockAccount =
                new BlockAccount(db, visible, blocks, follows, invitationStore, connectionStore, relationships);
        this.unblockAccount = new UnblockAccount(db, visible, blocks, relationships);
        this.muteAccount = new MuteAccount(db, visible, blocks, relationships);
        this.unmuteAccount = new UnmuteAccount(db, visible, blocks, relationships);
        this.blockLists = new BlockLists(db, graph, visible, mutes, blocks);
        this.makeClaim = new MakeClaim(db, visible, claims);
        this.confirmClaim = new ConfirmClaim(db, visible, claims);
        this.declineClaim = new DeclineClaim(db, visible, claims);
        this.writeRecommendation = new WriteRecommendation(db, visible, claims, connectionStore);
        this.reviseRecommendation = new ReviseRecommendation(db, visible, claims);
        this.acceptRecommendation = new AcceptRecommendation(db, visible, claims);
        this.hideRecommendation = new HideRecommendation(db, visible, claims);
        this.askRevision = new AskRevision(db, visible, claims);
        this.whatOthersSay = new WhatOthersSay(db, visible, claims, lists);
        // Every account starts with Business, Personal and Family; listing circles makes them too,
        // should this listener ever miss one.
        db.events().on(AccountEvents.Created.class, e -> listCircles.startCircles(e.accountId()));
    }

    public List<Routes> routes() {
        return List.of(
                new FollowRoutes(this),
                new ConnectRoutes(this),
                new CircleRoutes(this),
                new ProfileRoutes(this),
                new BlockRoutes(this),
                new ClaimRoutes(this));
    }
}
