package social.rapport.relation.connect;

import social.rapport.account.Account;

/** An invitation with both accounts, ready to render. */
public record InvitationView(Invitation invitation, Account sender, Account target) {}
