package social.rapport.web;

import io.javalin.http.Context;
import social.rapport.core.Viewer;

/** Finds who sent a request (bearer token or web session); answers ANONYMOUS when nobody did. */
public interface ViewerResolver {
    Viewer resolve(Context ctx);
}
