package social.rapport.status;

/** Whether a circle belongs to an account: a post may only be addressed to its author's own circles. */
@FunctionalInterface
public interface CircleOwners {
    boolean owns(int accountId, long circleId);
}
