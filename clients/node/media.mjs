// Photos on posts through masto.js, as Elk and Phanpy upload them: mia uploads a picture with
// v2 media, posts it to her followers with its id, and noa (who follows mia) reads it back and
// loads the file through the address she was given; a signed-out visitor is given none.
import { expect, step } from "./steps.mjs";

/** A 1×1 PNG, made by hand so the step needs no image library. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** Runs the media steps on the people `mastoSteps` left in `world`. */
export async function mediaSteps(world) {
  const { tag } = world;
  const state = {};

  await step("mia uploads a picture with a description (v2 media)", async () => {
    state.media = await world.mia.v2.media.create({
      file: new Blob([PNG], { type: "image/png" }),
      description: `A single pixel ${tag}`,
    });
    expect(state.media.type === "image", `type ${state.media.type}`);
    expect(typeof state.media.url === "string", "no url for a processed image");
    expect(state.media.description === `A single pixel ${tag}`, "the description was not kept");
  });

  await step("mia posts it to her followers and noa reads it back", async () => {
    state.post = await world.mia.v1.statuses.create({
      status: `A picture ${tag}`,
      visibility: "private",
      mediaIds: [state.media.id],
    });
    expect(state.post.mediaAttachments?.length === 1, "the post carries no media");
    const seen = await world.noa.v1.statuses.$select(state.post.id).fetch();
    const shown = seen.mediaAttachments?.[0];
    expect(shown?.id === state.media.id, "noa does not see the picture");
    const file = await fetch(shown.url);
    expect(file.status === 200, `noa's address answers ${file.status}`);
    expect(file.headers.get("content-type")?.startsWith("image/"), "the file is not an image");
  });

  await step("a signed-out visitor is given no address, and mia's post goes with its picture", async () => {
    const anonymous = await fetch(`${world.base}/api/v1/statuses/${state.post.id}`);
    expect(anonymous.status === 404, `a signed-out visitor sees the post (${anonymous.status})`);
    const bare = state.post.mediaAttachments[0].url.replace(/\?.*/, "");
    expect((await fetch(bare)).status === 404, "the address works without its signature");
    await world.mia.v1.statuses.$select(state.post.id).remove();
    const after = await fetch(state.post.mediaAttachments[0].url);
    expect(after.status === 404, `the file still loads after the post was deleted (${after.status})`);
  });
}
