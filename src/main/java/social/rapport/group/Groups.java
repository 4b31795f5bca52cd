package social.rapport.group;

import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.AccountCards;
import social.rapport.status.DeleteStatus;
import social.rapport.status.HeldPosts;
import social.rapport.store.Database;
import social.rapport.timeline.GroupStatuses;

/** The groups feature wired: its services, its routes, and the in-memory members it keeps current. */
public final class Groups {
    private final GroupDirectory directory;
    private final ShowGroups show;
    private final CreateGroup create;
    private final ChangeGroup change;
    private final JoinGroup join;
    private final ModerateGroup moderate;
    private final GroupTimeline timeline;
    private final GroupHeldPosts held;
    private final GroupRoutes routes;

    public Groups(
            Database db,
            GroupStore store,
            GroupDirectory directory,
            AccountStore accounts,
            AudiencePolicy policy,
            DeleteStatus deletes,
            HeldPosts heldPosts,
            GroupStatuses statuses,
            AccountCards cards) {
        this.directory = directory;
        this.show = new ShowGroups(db, store, accounts, policy);
        this.create = new CreateGroup(db, store);
        this.change = new ChangeGroup(db, store);
        this.join = new JoinGroup(db, store, policy);
        this.moderate = new ModerateGroup(db, store, deletes);
        this.timeline = new GroupTimeline(show, statuses);
        this.held = new GroupHeldPosts(db, store, heldPosts, statuses);
        this.routes =
                new GroupRoutes(new GroupRoutes.Services(show, create, change, join, moderate, timeline, held, cards));
    }

    public ShowGroups show() {
        return show;
    }

    public CreateGroup create() {
        return create;
    }

    public ChangeGroup change() {
        return change;
    }

    public JoinGroup join() {
        return join;
    }

    public ModerateGroup moderate() {
        return moderate;
    }

    public GroupTimeline timeline() {
        return timeline;
    }

    /** The posts held for the moderators, for the API and the moderation pages. */
    public GroupHeldPosts held() {
        return held;
    }

    /** The reaction that keeps the in-memory members current. */
    public GroupDirectory directory() {
        return directory;
    }

    public GroupRoutes routes() {
        return routes;
    }
}
