package social.rapport.filter;

import social.rapport.status.StatusAccess;
import social.rapport.store.Database;

/** The filters feature, wired: its services and routes. Rendering reads filters through {@link ActiveFilters}. */
public final class Filters {
    private final ManageFilters manage;
    private final V1Filters v1;

    public Filters(Database db, StatusAccess posts) {
        FilterStore store = new FilterStore();
        this.manage = new ManageFilters(db, store, posts);
        this.v1 = new V1Filters(db, store);
    }

    public ManageFilters manage() {
        return manage;
    }

    public V1Filters v1() {
        return v1;
    }

    public FilterRoutes routes() {
        return new FilterRoutes(manage, v1);
    }
}
