package social.rapport.web;

import io.javalin.http.Context;
import social.rapport.core.Viewer;

/** A check that runs before every handler once the viewer is known, such as a rate limit. */
public interface RequestGate {
    void check(Context ctx, Viewer viewer);
}
