// Followed hashtags through masto.js: mia follows a tag, finds it among her followed tags, and a
// public post carrying it by noa (whom she does not follow) comes into her home; noa's
// followers-only post with the same tag does not.
import { expect, step } from "./steps.mjs";

/** Runs after the masto.js steps, with their people: noa follows mia, mia does not follow noa. */
export async function tagSteps(world) {
  const name = `tea${world.tag}`;

  await step("mia follows a hashtag and finds it among her followed tags", async () => {
    const tag = await world.mia.v1.tags.$select(name).follow();
    expect(tag.following === true, "the tag does not say following");
    expect(Array.isArray(tag.history) && tag.history.length === 7, "the tag has no seven-day history");
    const followed = await world.mia.v1.followedTags.list();
    expect(followed.some((t) => t.name === name), `${name} is not among ${followed.map((t) => t.name)}`);
  });

  await step("a public post with the followed tag by someone mia does not follow is in her home", async () => {
    const open = await world.noa.v1.statuses.create({ status: `Brewing #${name}`, visibility: "public" });
    const kept = await world.noa.v1.statuses.create({ status: `Only followers #${name}`, visibility: "private" });
    const home = await world.mia.v1.timelines.home.list({ limit: 40 });
    const ids = home.map((s) => s.id);
    expect(ids.includes(open.id), "the public post with the tag is not in mia's home");
    expect(!ids.includes(kept.id), "a followers-only post came into home through a tag");
  });
}
