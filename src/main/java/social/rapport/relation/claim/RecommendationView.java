package social.rapport.relation.claim;

import social.rapport.account.Account;

/** A recommendation with its author and subject, ready to render. */
public record RecommendationView(Recommendation recommendation, Account author, Account subject) {}
