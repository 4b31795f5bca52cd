// Filters through masto.js: noa makes a v2 filter with a keyword, sees it marked on a matching post
// of mia's in her home, finds it among her v1 filters, and removes it.
import { expect, step } from "./steps.mjs";

/** Runs the filter steps on the people that mastoSteps left in `world` (noa follows mia). */
export async function filterSteps(world) {
  const { tag } = world;
  const state = {};

  await step("noa makes a v2 filter with a keyword", async () => {
    state.filter = await world.noa.v2.filters.create({
      title: `Gardens ${tag}`,
      context: ["home", "public"],
      filterAction: "warn",
      keywordsAttributes: [{ keyword: "tulips", wholeWord: true }],
    });
    expect(state.filter.id, "no filter id");
    expect(state.filter.keywords?.[0]?.keyword === "tulips", "the keyword is missing");
    const all = await world.noa.v2.filters.list();
    expect(all.some((f) => f.id === state.filter.id), "the filter is not listed");
  });

  await step("a matching post in noa's home carries the filter result", async () => {
    const post = await world.mia.v1.statuses.create({ status: `Tulips in bloom ${tag}`, visibility: "public" });
    const home = await world.noa.v1.timelines.home.list({ limit: 20 });
    const seen = home.find((s) => s.id === post.id);
    expect(seen, "the post is not in noa's home");
    const result = seen.filtered?.find((r) => r.filter.id === state.filter.id);
    expect(result, "the post carries no filter result");
    expect(result.keywordMatches?.includes("tulips"), "the keyword match is missing");
    const own = await world.mia.v1.statuses.$select(post.id).fetch();
    expect(Array.isArray(own.filtered) && own.filtered.length === 0, "mia sees noa's filter");
  });

  await step("the keyword is one of noa's v1 filters, and the filter goes away", async () => {
    const v1 = await world.noa.v1.filters.list();
    expect(v1.some((f) => f.phrase === "tulips" && f.irreversible === false), "no v1 filter for the keyword");
    await world.noa.v2.filters.$select(state.filter.id).remove();
    const left = await world.noa.v2.filters.list();
    expect(!left.some((f) => f.id === state.filter.id), "the filter is still listed");
  });
}
