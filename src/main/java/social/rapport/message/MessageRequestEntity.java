package social.rapport.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import social.rapport.account.AccountEntity;
import social.rapport.status.StatusEntity;

/** A pending message request: who sent it and their message, as the recipient may see it. */
public record MessageRequestEntity(
        String id,
        AccountEntity account,
        @JsonProperty("last_status") StatusEntity lastStatus,
        @JsonProperty("created_at") String createdAt) {}
