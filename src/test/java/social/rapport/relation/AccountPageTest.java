package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountPageTest {
    static final int[] IDS = {2, 3, 5, 8, 13, 21};

    @Test
    void a_first_page_holds_the_highest_ids_first() {
        assertThat(AccountPage.of(3, null, null, null).slice(IDS)).containsExactly(21, 13, 8);
    }

    @Test
    void max_id_moves_to_older_ids_and_since_id_stops_before_old_ones() {
        assertThat(AccountPage.of(3, "8", null, null).slice(IDS)).containsExactly(5, 3, 2);
        assertThat(AccountPage.of(40, null, "5", null).slice(IDS)).containsExactly(21, 13, 8);
    }

    @Test
    void min_id_gives_the_ids_just_above_it() {
        assertThat(AccountPage.of(2, null, null, "3").slice(IDS)).containsExactly(8, 5);
    }

    @Test
    void limits_are_kept_between_one_and_eighty_and_bad_bounds_are_ignored() {
        assertThat(AccountPage.of(0, "x", "-1", null).slice(IDS)).containsExactly(21);
        assertThat(AccountPage.of(500, null, null, null).limit()).isEqualTo(80);
    }
}
