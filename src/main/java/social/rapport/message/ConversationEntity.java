package social.rapport.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import social.rapport.account.AccountEntity;
import social.rapport.status.StatusEntity;

/** Mastodon's Conversation: the other people in it and its newest post the viewer may see. */
public record ConversationEntity(
        String id,
        boolean unread,
        List<AccountEntity> accounts,
        @JsonProperty("last_status") StatusEntity lastStatus) {}
