package social.rapport.list;

import social.rapport.relation.RelationServices;
import social.rapport.store.Database;
import social.rapport.timeline.Timelines;

/** The lists feature wired: its services, routes, the streams' questions and the durable cleanup. */
public final class Lists {
    private final ListStore store;
    private final ShowLists show;
    private final CreateList create;
    private final UpdateList update;
    private final DeleteList delete;
    private final ListMembers members;
    private final AddToList add;
    private final RemoveFromList remove;
    private final ListTimeline timeline;
    private final ListStreams streams;
    private final ListCleanup cleanup;
    private final ListRoutes routes;

    public Lists(Database db, ListStore store, RelationServices relations, Timelines timelines, ListLimits limits) {
        this.store = store;
        Followed followed = new Followed(relations.follows(), relations.connectionStore());
        this.show = new ShowLists(db, store, relations.visible());
        this.create = new CreateList(db, store, limits);
        this.update = new UpdateList(db, store, limits);
        this.delete = new DeleteList(db, store);
        this.members = new ListMembers(db, store, relations.visible());
        this.add = new AddToList(db, store, relations.visible(), followed, limits);
        this.remove = new RemoveFromList(db, store);
        this.timeline = new ListTimeline(db, store, timelines.authors(), relations.graph());
        this.streams = new ListStreams(db, store, timeline, relations.graph());
        this.cleanup = new ListCleanup(store, followed);
        this.routes = new ListRoutes(new ListRoutes.Services(
                show,
                relations.idempotency(),
                create,
                update,
                delete,
                members,
                add,
                remove,
                timeline,
                relations.cards()));
    }

    public ListStore store() {
        return store;
    }

    public ShowLists show() {
        return show;
    }

    public CreateList create() {
        return create;
    }

    public UpdateList update() {
        return update;
    }

    public DeleteList delete() {
        return delete;
    }

    public ListMembers members() {
        return members;
    }

    public AddToList add() {
        return add;
    }

    public RemoveFromList remove() {
        return remove;
    }

    public ListTimeline timeline() {
        return timeline;
    }

    /** What the streams ask about lists. */
    public ListStreams streams() {
        return streams;
    }

    /** The durable reactions that take people off lists when a follow or connection ends. */
    public ListCleanup cleanup() {
        return cleanup;
    }

    public ListRoutes routes() {
        return routes;
    }
}
