package social.rapport.relation.claim;

import social.rapport.account.Account;

/** A claim with its author and subject, ready to render. */
public record ClaimView(Claim claim, Account author, Account subject) {}
