package social.rapport.relation.connect;

import social.rapport.account.AccountEntity;
import social.rapport.core.Times;
import social.rapport.relation.AccountCards;

/** The Invitation entity of the API. */
public record InvitationEntity(
        String id,
        AccountEntity account,
        AccountEntity targetAccount,
        String note,
        String howWeMet,
        String state,
        String screeningReason,
        String createdAt) {
    public static InvitationEntity of(InvitationView v, int viewer, AccountCards cards) {
        Invitation i = v.invitation();
        return new InvitationEntity(
                Long.toString(i.id()),
                cards.card(viewer, v.sender()),
                cards.card(viewer, v.target()),
                i.note(),
                i.howWeMet(),
                i.state(),
                i.screeningReason(),
                Times.iso(i.createdAt()));
    }
}
