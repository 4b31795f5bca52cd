package social.rapport.relation.profile;

import java.util.Map;

/**
 * What a viewer sees of a profile: the field values their audiences admit, and the names of the lists
 * they may open. The owner also gets every item's audience.
 */
public record Profile(
        String id, Map<String, String> fields, java.util.List<String> lists, Map<String, String> audiences) {}
