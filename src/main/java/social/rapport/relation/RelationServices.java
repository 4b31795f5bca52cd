package social.rapport.relation;

import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.block.BlockAccount;
import social.rapport.relation.block.BlockLists;
import social.rapport.relation.block.BlockStore;
import social.rapport.relation.block.MuteAccount;
import social.rapport.relation.block.UnblockAccount;
import social.rapport.relation.block.UnmuteAccount;
import social.rapport.relation.circle.AddToCircle;
import social.rapport.relation.circle.CircleMembers;
import social.rapport.relation.circle.CircleStore;
import social.rapport.relation.circle.CreateCircle;
import social.rapport.relation.circle.DeleteCircle;
import social.rapport.relation.circle.ListCircles;
import social.rapport.relation.circle.RemoveFromCircle;
import social.rapport.relation.circle.RenameCircle;
import social.rapport.relation.claim.AcceptRecommendation;
import social.rapport.relation.claim.AskRevision;
import social.rapport.relation.claim.ClaimStore;
import social.rapport.relation.claim.ConfirmClaim;
import social.rapport.relation.claim.DeclineClaim;
import social.rapport.relation.claim.HideRecommendation;
import social.rapport.relation.claim.MakeClaim;
import social.rapport.relation.claim.ReviseRecommendation;
import social.rapport.relation.claim.WhatOthersSay;
import social.rapport.relation.claim.WriteRecommendation;
import social.rapport.relation.connect.AcceptInvitation;
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
import social.rapport.relation.endorse.Endorse;
import social.rapport.relation.endorse.EndorseStore;
import social.rapport.relation.follow.AuthorizeFollowRequest;
import social.rapport.relation.follow.FamiliarFollowers;
import social.rapport.relation.follow.FollowAccount;
import social.rapport.relation.follow.FollowLists;
import social.rapport.relation.follow.FollowStore;
import social.rapport.relation.follow.RejectFollowRequest;
import social.rapport.relation.follow.RemoveFollower;
import social.rapport.relation.follow.UnfollowAccount;
import social.rapport.relation.note.NoteStore;
import social.rapport.relation.note.SetNote;
import social.rapport.relation.profile.ProfileStore;
import social.rapport.relation.profile.SetIntroduction;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.relation.profile.ViewIntroduction;
import social.rapport.relation.profile.ViewProfile;
import social.rapport.store.Database;
import social.rapport.web.IdempotencyKeys;

/**
 * The relationships feature's services, one per use case, over the graph and the audience policy
 * the App builds once. Routes take the few of these they call; tests and pages reach the rest.
 *
 * @param postFacts what this feature may ask about posts (counts, introductions); the policy decides
 *     on the answers
 * @param idempotency Idempotency-Key on the creates of this feature: claims, recommendations,
 *     invitations, circles
 */
public record RelationServices(
        Database db,
        SocialGraph graph,
        GraphRelations relations,
        AudiencePolicy policy,
        MuteClock mutes,
        FollowStore follows,
        ConnectionStore connectionStore,
        InvitationStore invitationStore,
        ScreeningStore screeningStore,
        CircleStore circleStore,
        ProfileStore profiles,
        BlockStore blocks,
        ClaimStore claims,
        Visible visible,
        PostFacts postFacts,
        ListAccess lists,
        FollowCounts counts,
        AccountCards cards,
        Relationships relationships,
        FollowAccount followAccount,
        UnfollowAccount unfollowAccount,
        RemoveFollower removeFollower,
        AuthorizeFollowRequest authorizeFollowRequest,
        RejectFollowRequest rejectFollowRequest,
        FollowLists followLists,
        FamiliarFollowers familiarFollowers,
        SendInvitation sendInvitation,
        AcceptInvitation acceptInvitation,
        DeclineInvitation declineInvitation,
        IgnoreInvitation ignoreInvitation,
        WithdrawInvitation withdrawInvitation,
        InvitationBoxes invitationBoxes,
        RemoveConnection removeConnection,
        SetScreening setScreening,
        ConnectionList connectionList,
        OwnConnections ownConnections,
        BlockLists blockLists,
        NetworkDistance networkDistance,
        NetworkMap networkMap,
        ListCircles listCircles,
        DescribeAudience describeAudience,
        CreateCircle createCircle,
        RenameCircle renameCircle,
        DeleteCircle deleteCircle,
        CircleMembers circleMembers,
        AddToCircle addToCircle,
        RemoveFromCircle removeFromCircle,
        ViewProfile viewProfile,
        UpdateProfileFields updateProfile,
        SetIntroduction setIntroduction,
        ViewIntroduction viewIntroduction,
        BlockAccount blockAccount,
        UnblockAccount unblockAccount,
        MuteAccount muteAccount,
        UnmuteAccount unmuteAccount,
        MakeClaim makeClaim,
        ConfirmClaim confirmClaim,
        DeclineClaim declineClaim,
        WriteRecommendation writeRecommendation,
        ReviseRecommendation reviseRecommendation,
        AcceptRecommendation acceptRecommendation,
        HideRecommendation hideRecommendation,
        AskRevision askRevision,
        WhatOthersSay whatOthersSay,
        IdempotencyKeys idempotency,
        SetNote setNote,
        Endorse endorse) {

    /**
     * Builds every service. `loaded`: the graph rebuilt from the store (its updates are reactions the
     * App registers); `posts`: what the posts feature tells about an author's posts, for their counts.
     */
    public static RelationServices build(
            Database db,
            AccountStore accounts,
            String baseUrl,
            RelationLimits limits,
            SharedContext shared,
            GraphLoader.Loaded loaded,
            AudiencePolicy policy,
            PostFacts posts) {
        FollowStore follows = new FollowStore();
        ConnectionStore connectionStore = new ConnectionStore();
        InvitationStore invitationStore = new InvitationStore();
        ScreeningStore screeningStore = new ScreeningStore();
        CircleStore circleStore = new CircleStore();
        ProfileStore profiles = new ProfileStore();
        BlockStore blocks = new BlockStore();
        ClaimStore claims = new ClaimStore();
        IdempotencyKeys idempotency = new IdempotencyKeys(db);
        SocialGraph graph = loaded.graph();
        GraphRelations relations = loaded.relations();
        MuteClock mutes = loaded.mutes();
        PostFacts postFacts = posts;
        Visible visible = new Visible(accounts, policy);
        ListAccess lists = new ListAccess(policy, profiles);
        FollowLists followLists = new FollowLists(db, graph, visible, lists, follows);
        FollowCounts counts = new FollowCounts(db, policy, followLists, follows, posts);
        AccountCards cards = new AccountCards(baseUrl, counts, policy);
        ConnectionFacts facts = new ConnectionFacts(policy, lists);
        ConnectionList connectionList = new ConnectionList(db, graph, visible, facts);
        EndorseStore endorseStore = new EndorseStore();
        Relationships relationships = new Relationships(
                db,
                graph,
                policy,
                mutes,
                follows,
                invitationStore,
                blocks,
                connectionList,
                new NoteStore(),
                endorseStore);
        FollowAccount followAccount = new FollowAccount(db, visible, follows, limits, relationships);
        UnfollowAccount unfollowAccount = new UnfollowAccount(db, visible, follows, relationships);
        RemoveFollower removeFollower = new RemoveFollower(db, visible, follows, relationships);
        AuthorizeFollowRequest authorizeFollowRequest = new AuthorizeFollowRequest(db, visible, follows, relationships);
        RejectFollowRequest rejectFollowRequest = new RejectFollowRequest(db, visible, follows, relationships);
        FamiliarFollowers familiarFollowers = new FamiliarFollowers(db, graph, visible, lists);
        ScreenInvitation screen = new ScreenInvitation(graph, screeningStore, profiles, shared, limits);
        SendInvitation sendInvitation =
                new SendInvitation(db, visible, invitationStore, connectionStore, follows, screen, limits);
        AcceptInvitation acceptInvitation =
                new AcceptInvitation(db, visible, invitationStore, connectionStore, follows, limits);
        DeclineInvitation declineInvitation = new DeclineInvitation(db, visible, invitationStore);
        IgnoreInvitation ignoreInvitation = new IgnoreInvitation(db, visible, invitationStore);
        WithdrawInvitation withdrawInvitation = new WithdrawInvitation(db, visible, invitationStore);
        InvitationBoxes invitationBoxes = new InvitationBoxes(db, visible, invitationStore, connectionStore);
        RemoveConnection removeConnection = new RemoveConnection(db, visible, connectionStore, relationships);
        SetScreening setScreening = new SetScreening(db, screeningStore);
        OwnConnections ownConnections = new OwnConnections(db, visible, connectionStore, invitationStore);
        NetworkDistance networkDistance = new NetworkDistance(db, graph, visible, facts);
        ListCircles listCircles = new ListCircles(db, circleStore);
        NetworkMap networkMap = new NetworkMap(db, graph, visible, facts, listCircles);
        DescribeAudience describeAudience = new DescribeAudience(db, graph, policy, listCircles, connectionList);
        CreateCircle createCircle = new CreateCircle(db, circleStore);
        RenameCircle renameCircle = new RenameCircle(db, circleStore);
        DeleteCircle deleteCircle = new DeleteCircle(db, circleStore);
        CircleMembers circleMembers = new CircleMembers(db, circleStore, visible);
        AddToCircle addToCircle = new AddToCircle(db, circleStore, visible);
        RemoveFromCircle removeFromCircle = new RemoveFromCircle(db, circleStore);
        ViewProfile viewProfile = new ViewProfile(db, visible, profiles);
        UpdateProfileFields updateProfile = new UpdateProfileFields(db, profiles, circleStore, viewProfile);
        SetIntroduction setIntroduction = new SetIntroduction(db, profiles, posts);
        ViewIntroduction viewIntroduction = new ViewIntroduction(db, visible, profiles, posts);
        BlockAccount blockAccount =
                new BlockAccount(db, visible, blocks, follows, invitationStore, connectionStore, relationships);
        UnblockAccount unblockAccount = new UnblockAccount(db, visible, blocks, relationships);
        MuteAccount muteAccount = new MuteAccount(db, visible, blocks, relationships);
        UnmuteAccount unmuteAccount = new UnmuteAccount(db, visible, blocks, relationships);
        BlockLists blockLists = new BlockLists(db, graph, visible, mutes, blocks);
        MakeClaim makeClaim = new MakeClaim(db, visible, claims);
        ConfirmClaim confirmClaim = new ConfirmClaim(db, visible, claims);
        DeclineClaim declineClaim = new DeclineClaim(db, visible, claims);
        WriteRecommendation writeRecommendation = new WriteRecommendation(db, visible, claims, connectionStore);
        ReviseRecommendation reviseRecommendation = new ReviseRecommendation(db, visible, claims);
        AcceptRecommendation acceptRecommendation = new AcceptRecommendation(db, visible, claims);
        HideRecommendation hideRecommendation = new HideRecommendation(db, visible, claims);
        AskRevision askRevision = new AskRevision(db, visible, claims);
        WhatOthersSay whatOthersSay = new WhatOthersSay(db, visible, claims, lists);
        return new RelationServices(
                db,
                graph,
                relations,
                policy,
                mutes,
                follows,
                connectionStore,
                invitationStore,
                screeningStore,
                circleStore,
                profiles,
                blocks,
                claims,
                visible,
                postFacts,
                lists,
                counts,
                cards,
                relationships,
                followAccount,
                unfollowAccount,
                removeFollower,
                authorizeFollowRequest,
                rejectFollowRequest,
                followLists,
                familiarFollowers,
                sendInvitation,
                acceptInvitation,
                declineInvitation,
                ignoreInvitation,
                withdrawInvitation,
                invitationBoxes,
                removeConnection,
                setScreening,
                connectionList,
                ownConnections,
                blockLists,
                networkDistance,
                networkMap,
                listCircles,
                describeAudience,
                createCircle,
                renameCircle,
                deleteCircle,
                circleMembers,
                addToCircle,
                removeFromCircle,
                viewProfile,
                updateProfile,
                setIntroduction,
                viewIntroduction,
                blockAccount,
                unblockAccount,
                muteAccount,
                unmuteAccount,
                makeClaim,
                confirmClaim,
                declineClaim,
                writeRecommendation,
                reviseRecommendation,
                acceptRecommendation,
                hideRecommendation,
                askRevision,
                whatOthersSay,
                idempotency,
                new SetNote(db, visible, new NoteStore(), relationships),
                new Endorse(db, graph, visible, lists, endorseStore, relationships));
    }
}
