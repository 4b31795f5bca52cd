package social.rapport.account.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;

/** Mastodon's CredentialAccount: the Account entity plus what only its owner sees. */
record CredentialAccount(@JsonUnwrapped AccountEntity account, Source source, Role role) {

    record Source(
            String note,
            List<AccountEntity.Field> fields,
            String privacy,
            boolean sensitive,
            String language,
            int followRequestsCount,
            boolean discoverable,
            boolean indexable) {}

    /** Mastodon's Role entity; permissions is the bit field as a string (1 = administrator: everything). */
    record Role(String id, String name, String color, String permissions, boolean highlighted) {
        static Role of(String role) {
            return switch (role) {
                case "admin" -> new Role("3", "Admin", "", "1", true);
                case "moderator" -> new Role("2", "Moderator", "", "1040", true);
                default -> new Role("-99", "", "", "65536", false);
            };
        }
    }

    static CredentialAccount of(
            Account a,
            String baseUrl,
            AccountEntity.Counts counts,
            int followRequests,
            String privacy,
            social.rapport.account.PostingPrivacy.Extras extras) {
        // The source shows the profile as typed, not as rendered: the raw bio and unescaped field values.
        List<AccountEntity.Field> raw = rawFields(a.fields());
        return new CredentialAccount(
                AccountEntity.of(a, baseUrl, counts),
                new Source(
                        a.note(),
                        raw,
                        privacy,
                        extras.sensitive(),
                        extras.language(),
                        followRequests,
                        a.discoverable(),
                        a.indexable()),
                Role.of(a.role()));
    }

    private static List<AccountEntity.Field> rawFields(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            List<java.util.Map<String, String>> list = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(json, new com.fasterxml.jackson.core.type.TypeReference<>() {});
            return list.stream()
                    .map(m -> new AccountEntity.Field(m.getOrDefault("name", ""), m.getOrDefault("value", ""), null))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
