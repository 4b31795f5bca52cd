package social.rapport.relation.connect;

/**
 * Facts about two accounts that live in other features (groups, conversations), asked by screening.
 * The groups and messaging features provide real answers; until they exist, nobody shares either.
 */
public interface SharedContext {
    boolean groupInCommon(int a, int b);

    boolean earlierConversation(int a, int b);

    SharedContext NOTHING_YET = new SharedContext() {
        public boolean groupInCommon(int a, int b) {
            return false;
        }

        public boolean earlierConversation(int a, int b) {
            return false;
        }
    };
}
