package social.rapport.account;

import java.util.List;
import social.rapport.store.Event;

/** What happens to accounts, for the graph, notifications and streaming to react to. */
public final class AccountEvents {
    private AccountEvents() {}

    public record Created(int accountId) implements Event {
        public String topic() {
            return "account.created";
        }
    }

    /**
     * `profileImageKeys`: the blob keys of its uploaded avatar and header, whose row is gone with the
     * account, for the reaction that removes them (empty, or null in an event written before they were
     * carried: nothing to remove).
     */
    public record Deleted(int accountId, List<String> profileImageKeys) implements Event {
        public Deleted {
            profileImageKeys = profileImageKeys == null ? List.of() : List.copyOf(profileImageKeys);
        }

        public String topic() {
            return "account.deleted";
        }
    }

    public record Suspended(int accountId) implements Event {
        public String topic() {
            return "account.suspended";
        }
    }

    /** Every session and token of the account ends, except the one kept (0 for none). */
    public record CredentialsRevoked(int accountId, long keptSessionId, long keptTokenId) implements Event {
        public String topic() {
            return "account.credentials_revoked";
        }
    }

    public record Updated(int accountId) implements Event {
        public String topic() {
            return "account.updated";
        }
    }

    /**
     * One token ended on its holder's request or the app's, so its streams close too; `accountId`
     * is 0 for an app's own token (client credentials).
     */
    public record TokenRevoked(int accountId, long tokenId) implements Event {
        public String topic() {
            return "account.token_revoked";
        }
    }

    /** One web session ended from the sessions list. */
    public record SessionEnded(int accountId, long sessionId) implements Event {
        public String topic() {
            return "account.session_ended";
        }
    }
}
