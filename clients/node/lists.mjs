// Lists through masto.js: noa (who follows mia) makes a list, puts mia on it, and reads it.
import { expect, step } from "./steps.mjs";

/** Runs the list steps on the people and the post the masto.js steps left in `world`. */
export async function listSteps(world) {
  const { tag } = world;
  const state = world;

  await step("noa creates a list", async () => {
    state.list = await state.noa.v1.lists.create({ title: `Garden people ${tag}`, repliesPolicy: "list" });
    expect(state.list.id && state.list.title === `Garden people ${tag}`, "no list made");
    expect(state.list.repliesPolicy === "list" && state.list.exclusive === false, "list entity fields");
    const all = await state.noa.v1.lists.list();
    expect(all.some((l) => l.id === state.list.id), "the list is not among noa's lists");
  });

  await step("noa adds mia, whom she follows, to the list", async () => {
    await state.noa.v1.lists.$select(state.list.id).accounts.create({ accountIds: [state.miaId] });
    const members = await state.noa.v1.lists.$select(state.list.id).accounts.list();
    expect(members.some((a) => a.id === state.miaId), "mia is not a member");
    const holding = await state.noa.v1.accounts.$select(state.miaId).lists.list();
    expect(holding.some((l) => l.id === state.list.id), "mia's lists for noa do not hold the list");
  });

  await step("the list timeline shows mia's post and mia cannot read noa's list", async () => {
    const fresh = await state.mia.v1.statuses.create({ status: `On a list ${tag}`, visibility: "private" });
    const page = await state.noa.v1.timelines.list.$select(state.list.id).list({ limit: 20 });
    expect(page.some((s) => s.id === fresh.id), "mia's new post is not on the list");
    let refused = false;
    try {
      await state.mia.v1.lists.$select(state.list.id).fetch();
    } catch (e) {
      refused = e?.statusCode === 404;
    }
    expect(refused, "mia could read noa's list");
  });
}
