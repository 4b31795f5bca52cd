package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The read paths and post actions the oracle checks, answered either by the services directly
 * (fast, for most checks) or over HTTP (for a sample). Viewer 0 is anonymous; ids are production ids.
 */
interface Reader {
    /** A status code, the JSON body, and for listings the max_id of the next page (0 when none). */
    record Answer(int status, JsonNode body, long next) {}

    Answer status(int viewer, long id);

    Answer context(int viewer, long id);

    Answer history(int viewer, long id);

    /** The poll of a post (GET /api/v1/polls/:id; a poll's id is its post's). */
    Answer poll(int viewer, long id);

    Answer rebloggedBy(int viewer, long id);

    Answer favouritedBy(int viewer, long id);

    /** `list` is home, public, tag:NAME, profile:ACCOUNT, list:LIST_ID, bookmarks or favourites. */
    Answer list(int viewer, String list, long maxId);

    /** favourite, bookmark, reblog, pin, reply, quote or report (of `author`, an account id) on a post. */
    Answer act(int viewer, String verb, long id, int author);

    /** One page of the viewer's notifications (the main list), older than `maxId` when not 0. */
    Answer notifications(int viewer, long maxId);

    Answer notification(int viewer, long id);

    /** One page of the viewer's grouped notifications (API v2), older than `maxId` when not 0. */
    Answer grouped(int viewer, long maxId);

    /** The accounts search finds for `q`, as a list of entities with their `id`. */
    Answer searchAccounts(int viewer, String q);

    /** The posts search finds for `q` (up to 40), older than `maxId` when not 0, as a list of Status entities. */
    Answer searchPosts(int viewer, String q, long maxId);
    /** The Account entity by id, or by handle through lookup when `handle` is not null. */
    Answer account(int viewer, int account, String handle);

    /** One page (up to 80) of an account's followers, following, connections or mutuals (`which`). */
    Answer people(int viewer, int account, String which);

    /** The viewer's relationships with one account, as the array Mastodon answers. */
    Answer relationship(int viewer, int account);

    Answer introduction(int viewer, int account);

    /** The viewer's conversations (one page of 40), and `{"count"}` of the unread ones (`unread` true). */
    Answer conversations(int viewer, boolean unread);

    /** How many people the composer says a post to the viewer's network reaches; null when this reader cannot ask. */
    Answer networkPeople(int viewer);
}
