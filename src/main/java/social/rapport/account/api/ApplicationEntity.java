package social.rapport.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import social.rapport.account.oauth.OAuth;

/**
 * Mastodon's Application entity. The client id and secret appear only in the answer to registration;
 * `vapid_key` is the server's Web Push key, which apps subscribe with.
 */
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
        Long clientSecretExpiresAt,
        String vapidKey) {

    static ApplicationEntity registered(OAuth.App app, String secret, String vapidKey) {
        return new ApplicationEntity(
                Integer.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                app.redirectUris(),
                String.join("\n", app.redirectUris()),
                app.clientId(),
                secret,
                0L,
                vapidKey);
    }

    static ApplicationEntity shown(OAuth.App app, String vapidKey) {
        return new ApplicationEntity(
                Integer.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                app.redirectUris(),
                String.join("\n", app.redirectUris()),
                null,
                null,
                null,
                vapidKey);
    }
}
