package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedIntsTest {
    @Test
    void insert_and_remove_keep_the_list_sorted_and_share_unchanged_arrays() {
        int[] list = SortedInts.with(SortedInts.with(SortedInts.with(SortedInts.EMPTY, 5), 1), 3);
        assertThat(list).containsExactly(1, 3, 5);
        assertThat(SortedInts.with(list, 3)).isSameAs(list);
        assertThat(SortedInts.without(list, 4)).isSameAs(list);
        assertThat(SortedInts.without(list, 1)).containsExactly(3, 5);
        assertThat(SortedInts.without(new int[] {7}, 7)).isSameAs(SortedInts.EMPTY);
    }

    @Test
    void intersections_match_a_set_model_for_balanced_and_skewed_sizes() {
        long base = Seeds.base(20261125L);
        for (int round = 0; round < 300; round++) {
            Seeds.run(base + round, random -> {
                TreeSet<Integer> left = randomSet(random, random.nextInt(40));
                TreeSet<Integer> right = randomSet(random, random.nextInt(3) == 0 ? 2_000 : random.nextInt(60));
                TreeSet<Integer> common = new TreeSet<>(left);
                common.retainAll(right);
                int[] a = toArray(left);
                int[] b = toArray(right);
                assertThat(SortedInts.intersect(a, b)).containsExactly(toArray(common));
                assertThat(SortedInts.intersect(b, a)).containsExactly(toArray(common));
                assertThat(SortedInts.firstCommon(a, b)).isEqualTo(common.isEmpty() ? -1 : common.first());
            });
        }
    }

    private static TreeSet<Integer> randomSet(Random random, int size) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            set.add(random.nextInt(3_000));
        }
        return set;
    }

    private static int[] toArray(TreeSet<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
