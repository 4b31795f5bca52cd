package social.rapport.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import social.rapport.account.oauth.OAuth;

/** Mastodon's Application entity. The client id and secret appear only in the answer to registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationEntity(
        String id,
        String name,
        String website,
        List<String> scopes,
        List<String> redirectUris,
        String redirectUri,
        String clientId,
        String clientSecret,
        Long clientSecretExpiresAt) {

    static ApplicationEntity registered(OAuth.App app, String secret) {
        return new ApplicationEntity(
                Integer.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                app.redirectUris(),
                String.join("\n", app.redirectUris()),
                app.clientId(),
                secret,
                0L);
    }

    static ApplicationEntity shown(OAuth.App app) {
        return new ApplicationEntity(
                Integer.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                app.redirectUris(),
                String.join("\n", app.redirectUris()),
                null,
                null,
                null);
    }
}
