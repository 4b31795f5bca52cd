package social.rapport.graph;

/**
 * Finds the "via Ana and Ben" explanation: a shortest path of at most three connection hops on
 * which no two accounts are blocked either way. A block may therefore make the path longer than
 * the degree, or absent. Among equally short paths the lexicographically smallest intermediate
 * ids win, so the same question always gets the same answer.
 */
final class PathFinder {
    private final SocialGraph graph;

    PathFinder(SocialGraph graph) {
        this.graph = graph;
    }

    int[] find(int viewer, int target) {
        if (viewer == target) {
            return new int[] {viewer};
        }
        if (graph.isBlockedEitherWay(viewer, target)) {
            return SortedInts.EMPTY;
        }
        Adjacency connections = graph.connectionLists();
        int[] viewerFriends = connections.get(viewer);
        int[] targetFriends = connections.get(target);
        if (SortedInts.contains(viewerFriends, target)) {
            return new int[] {viewer, target};
        }
        for (int via : SortedInts.intersect(viewerFriends, targetFriends)) {
            if (clear(via, viewer, target)) {
                return new int[] {viewer, via, target};
            }
        }
        for (int first : viewerFriends) {
            if (!clear(first, viewer, target)) {
                continue;
            }
            int[] firstFriends = connections.get(first);
            // A cheap, allocation-free test first: most first hops lead nowhere near the target.
            if (SortedInts.firstCommon(firstFriends, targetFriends) < 0) {
                continue;
            }
            for (int second : SortedInts.intersect(firstFriends, targetFriends)) {
                if (second != viewer && clear(second, viewer, target) && !graph.isBlockedEitherWay(second, first)) {
                    return new int[] {viewer, first, second, target};
                }
            }
        }
        return SortedInts.EMPTY;
    }

    private boolean clear(int via, int viewer, int target) {
        return !graph.isBlockedEitherWay(via, viewer) && !graph.isBlockedEitherWay(via, target);
    }
}
