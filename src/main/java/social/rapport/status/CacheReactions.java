package social.rapport.status;

import social.rapport.account.AccountEvents;

/**
 * What the stored-post cache does on committed events, for the App's table of reactions (the cache
 * itself stays private to this package): each drops the cached rows the event changed.
 */
public final class CacheReactions {
    private final StatusCache cache;

    CacheReactions(StatusCache cache) {
        this.cache = cache;
    }

    public void edited(StatusEvents.Edited e) {
        cache.edited(e);
    }

    /** A held post's audience changed when it was released. */
    public void released(StatusEvents.Released e) {
        cache.released(e);
    }

    public void deleted(StatusEvents.Deleted e) {
        cache.deleted(e);
    }

    /** The mentions of any post may name the deleted account. */
    public void accountDeleted(AccountEvents.Deleted e) {
        cache.accountDeleted(e);
    }
}
