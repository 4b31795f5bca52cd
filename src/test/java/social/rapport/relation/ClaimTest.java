package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.relation.claim.Claim;
import social.rapport.relation.claim.DeclineClaim;
import social.rapport.relation.claim.Recommendation;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class ClaimTest {
    World w;
    @Person
    int ana, ben, cleo;

    List<String> flags(int account) {
        return w.db.read(h -> w.m.claims().flags(h, account));
    }

    @Test
    void bens_claim_shows_nowhere_until_ana_confirms_it() {
        Claim c = w.m.makeClaim()
                .claim(ben, ana, "worked_together", "At Acme, 2005-2008")
                .claim();
        assertThat(w.m.whatOthersSay().claimsOnProfile(0, ana)).isEmpty();
        assertThat(w.m.whatOthersSay().claimBox(ana, "received"))
                .extracting(v -> v.claim().id())
                .containsExactly(c.id());
        w.m.confirmClaim().confirm(ana, c.id());
        assertThat(w.m.whatOthersSay().claimsOnProfile(cleo, ana))
                .extracting(v -> v.claim().detail())
                .containsExactly("At Acme, 2005-2008");
        w.m.updateProfile()
                .update(ana, Map.of("claims", new UpdateProfileFields.Change(null, List.of("connections"), null)));
        assertThat(w.m.whatOthersSay().claimsOnProfile(cleo, ana)).isEmpty();
        assertThat(problem(() -> w.m.declineClaim().decline(ana, c.id())).status())
                .isEqualTo(422);
        assertThat(problem(() -> w.m.confirmClaim().confirm(cleo, c.id())).status())
                .isEqualTo(404);
    }

    @Test
    void three_declined_claims_in_thirty_days_flag_the_claimant_once() {
        for (int i = 0; i < 3; i++) {
            int victim = w.account("victim" + i);
            Claim c = w.m.makeClaim()
                    .claim(cleo, victim, "did_business", "I was her supplier")
                    .claim();
            w.m.declineClaim().decline(victim, c.id());
            assertThat(w.m.whatOthersSay().claimsOnProfile(0, victim)).isEmpty();
            assertThat(flags(cleo)).hasSize(i == 2 ? 1 : 0);
        }
        Claim fourth = w.m.makeClaim().claim(cleo, ana, "met_in_person", "").claim();
        w.m.declineClaim().decline(ana, fourth.id());
        assertThat(flags(cleo)).containsExactly(DeclineClaim.FLAG);
        assertThat(w.events).anyMatch(e -> e instanceof RelationEvents.AccountFlagged f && f.accountId() == cleo);
    }

    @Test
    void declines_spread_beyond_thirty_days_flag_nobody() {
        for (int i = 0; i < 3; i++) {
            int victim = w.account("victim" + i);
            w.m.declineClaim()
                    .decline(
                            victim,
                            w.m.makeClaim()
                                    .claim(cleo, victim, "did_business", "")
                                    .claim()
                                    .id());
            w.clock.advance(Duration.ofDays(16));
        }
        assertThat(flags(cleo)).isEmpty();
    }

    @Test
    void bad_claims_are_refused_by_field() {
        assertThat(problem(() -> w.m.makeClaim().claim(ben, ana, "married", "")).fields())
                .containsKey("kind");
        assertThat(problem(() -> w.m.makeClaim().claim(ben, ben, "met_in_person", ""))
                        .fields())
                .containsKey("account_id");
        assertThat(problem(() -> w.m.makeClaim().claim(ben, 777, "met_in_person", ""))
                        .status())
                .isEqualTo(404);
        assertThat(w.count("SELECT COUNT(*) FROM claims")).isZero();
    }

    @Test
    void only_a_connection_recommends_and_nothing_shows_before_acceptance() {
        assertThat(problem(() -> w.m.writeRecommendation().write(ben, ana, "Great to work with"))
                        .fields())
                .containsKey("account_id");
        w.connect(ben, ana);
        Recommendation r =
                w.m.writeRecommendation().write(ben, ana, "Great to work with").recommendation();
        assertThat(w.m.whatOthersSay().recommendationsOnProfile(cleo, ana)).isEmpty();
        w.m.askRevision().askRevision(ana, r.id());
        assertThat(w.m.whatOthersSay().recommendationsOnProfile(cleo, ana)).isEmpty();
        w.m.reviseRecommendation().revise(ben, r.id(), "Ana's chairs outlast us all");
        w.m.acceptRecommendation().accept(ana, r.id());
        assertThat(w.m.whatOthersSay().recommendationsOnProfile(cleo, ana))
                .extracting(v -> v.recommendation().text())
                .containsExactly("Ana's chairs outlast us all");
        w.m.hideRecommendation().hide(ana, r.id());
        assertThat(w.m.whatOthersSay().recommendationsOnProfile(cleo, ana)).isEmpty();
        assertThat(problem(() -> w.m.acceptRecommendation().accept(ben, r.id())).status())
                .isEqualTo(404);
    }
}
