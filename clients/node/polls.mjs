// Polls and scheduled posts through masto.js, as Elk and Phanpy use them: mia posts a poll, noa
// (who follows mia) votes and reads the totals, and a post mia schedules waits in her scheduled list.
import { expect, step } from "./steps.mjs";

/** Runs the poll and scheduled-post steps on the people `mastoSteps` left in `world`. */
export async function pollSteps(world) {
  const { tag } = world;
  const state = {};

  await step("mia posts a poll and noa sees it with her post", async () => {
    state.post = await world.mia.v1.statuses.create({
      status: `Tea or coffee? ${tag}`,
      visibility: "public",
      poll: { options: ["tea", "coffee"], expiresIn: 3600 },
    });
    expect(state.post.poll?.options?.length === 2, "the post has no poll with two options");
    const seen = await world.noa.v1.statuses.$select(state.post.id).fetch();
    expect(seen.poll?.id === state.post.poll.id, "noa does not see the poll");
    expect(seen.poll.voted === false, "noa has voted already");
  });

  await step("noa votes and reads the totals", async () => {
    const voted = await world.noa.v1.polls.$select(state.post.poll.id).votes.create({ choices: [1] });
    expect(voted.voted === true, "the vote was not recorded");
    expect(JSON.stringify(voted.ownVotes) === "[1]", `own votes ${JSON.stringify(voted.ownVotes)}`);
    const poll = await world.noa.v1.polls.$select(state.post.poll.id).fetch();
    expect(poll.votesCount === 1, `votes_count ${poll.votesCount}`);
    expect(poll.options[1].votesCount === 1 && poll.options[0].votesCount === 0, "wrong totals");
    let again = null;
    try {
      await world.noa.v1.polls.$select(state.post.poll.id).votes.create({ choices: [0] });
    } catch (e) {
      again = e;
    }
    expect(again && again.statusCode === 422, "a second vote was not refused with 422");
  });

  await step("a post mia schedules waits in her scheduled posts", async () => {
    const at = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const scheduled = await world.mia.v1.statuses.create({ status: `Later ${tag}`, scheduledAt: at });
    expect(scheduled.scheduledAt && scheduled.params?.text === `Later ${tag}`, "no ScheduledStatus answered");
    const list = await world.mia.v1.scheduledStatuses.list();
    expect(list.some((s) => s.id === scheduled.id), "not among mia's scheduled posts");
    const noas = await world.noa.v1.scheduledStatuses.list();
    expect(!noas.some((s) => s.id === scheduled.id), "noa sees mia's scheduled post");
    await world.mia.v1.scheduledStatuses.$select(scheduled.id).remove();
  });
}
