// The grouped-notifications half of the check, with masto.js: mia reads her notifications grouped
// (Mastodon 4.3's API v2), the people in a group, her notification policy and the announcements.
import { expect, step } from "./steps.mjs";

/** Runs after mastoSteps: noa followed mia and liked her post, so mia has a follow and a favourite. */
export async function notifSteps(world) {
  const state = world;

  await step("instance v2 announces Mastodon API version 2 (grouped notifications)", async () => {
    expect(Number(state.instance.apiVersions?.mastodon) >= 2, "api_versions.mastodon below 2");
  });

  await step("mia reads her notifications grouped, with the accounts and posts they name", async () => {
    const page = await state.mia.v2.notifications.list({ limit: 20 });
    const groups = page.notificationGroups;
    expect(Array.isArray(groups) && groups.length > 0, "no notification groups");
    const favourite = groups.find((g) => g.type === "favourite");
    expect(favourite, "no favourite group");
    expect(favourite.groupKey.startsWith(`favourite-${state.post.id}-`), `odd group key ${favourite.groupKey}`);
    expect(favourite.notificationsCount === 1, `count ${favourite.notificationsCount}`);
    expect(favourite.statusId === state.post.id, "group names another post");
    expect(page.statuses.some((s) => s.id === state.post.id), "the liked post is not in statuses");
    const noa = await state.noa.v1.accounts.verifyCredentials();
    expect(favourite.sampleAccountIds.includes(noa.id), "noa is not among the sample accounts");
    expect(page.accounts.some((a) => a.id === noa.id), "noa is not in accounts");
    const people = await state.mia.v2.notifications.$select(favourite.groupKey).accounts.fetch();
    expect(people.length === 1 && people[0].id === noa.id, "the group's accounts are not noa alone");
  });

  await step("mia's unread count and notification policy", async () => {
    const unread = await state.mia.v2.notifications.unreadCount.fetch();
    expect(typeof unread.count === "number" && unread.count >= 1, `unread ${JSON.stringify(unread)}`);
    const policy = await state.mia.v2.notifications.policy.fetch();
    expect(["accept", "filter", "drop"].includes(policy.forNotFollowing), "for_not_following missing");
    expect(typeof policy.summary?.pendingRequestsCount === "number", "summary missing");
  });

  await step("noa lists the announcements", async () => {
    const announcements = await state.noa.v1.announcements.list();
    expect(Array.isArray(announcements), "announcements are not a list");
  });
}
