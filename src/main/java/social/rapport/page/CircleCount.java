package social.rapport.page;

import social.rapport.relation.circle.Circle;

/** One of the viewer's circles with how many people in it the viewer may see, for the circles page. */
public record CircleCount(Circle circle, int members) {}
