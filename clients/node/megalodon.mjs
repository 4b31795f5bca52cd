// The megalodon half of the check, as Whalebird and Fedistar add an account: detect the server from
// nodeinfo, register an app, sign in through the authorization code flow, then read, post and stream.
import megalodon from "megalodon";
import { expect, pause, step } from "./steps.mjs";
import { signInAndAuthorize } from "./web-sign-in.mjs";

const OOB = "urn:ietf:wg:oauth:2.0:oob";
// The package is CommonJS: Node hands its exports over as the default import.
const { detector, default: generator } = megalodon;

/** Needs from the masto.js steps: `mia`'s handle and password, and `noa` to post. */
export async function megalodonSteps(world) {
  const { base, tag } = world;
  let sns;
  let client;

  await step("megalodon detects a Mastodon-compatible server from nodeinfo", async () => {
    sns = await detector(base);
    expect(sns === "mastodon", `detected ${sns}`);
  });

  await step("megalodon registers an app and mia signs in through it", async () => {
    const anon = generator(sns ?? "mastodon", base);
    const app = await anon.registerApp("megalodon check", {
      scopes: ["read", "write", "follow"],
      redirect_uris: OOB,
      website: base,
    });
    const code = await signInAndAuthorize(base, {
      authorizeUrl: app.url,
      login: `mia${tag}`,
      password: "a long password for mia 42",
    });
    const token = await anon.fetchAccessToken(app.client_id, app.client_secret, code, OOB);
    client = generator(sns ?? "mastodon", base, token.access_token);
    const me = await client.verifyAccountCredentials();
    expect(me.data.username === `mia${tag}`, `signed in as ${me.data.username}`);
  });

  await step("megalodon follows noa and her user stream delivers noa's post", async () => {
    const found = await client.searchAccount(`noa${tag}`);
    const noa = found.data.find((a) => a.username === `noa${tag}`);
    expect(noa, "noa not found");
    const rel = await client.followAccount(noa.id);
    expect(rel.data.following, "not following noa");
    const stream = await client.userStreaming();
    // Updates are kept by id, not matched on arrival: one may come before the answer to the
    // request that made the post.
    const seen = new Set();
    const posted = [];
    let got = null;
    stream.on("update", (status) => seen.add(status.id));
    try {
      // The socket says nothing once subscribed: post until one arrives, for at most ten seconds.
      for (let attempt = 0; attempt < 10 && got === null; attempt++) {
        const post = await world.noa.v1.statuses.create({ status: `Seeds ${tag} ${attempt}`, visibility: "public" });
        posted.push(post.id);
        for (let waited = 0; waited < 1000 && got === null; waited += 50) {
          await pause(50);
          got = posted.find((id) => seen.has(id)) ?? null;
        }
      }
      expect(got !== null, "no update within ten seconds");
    } finally {
      stream.stop();
    }
  });

  await step("megalodon posts unlisted and reads it back in home", async () => {
    const posted = await client.postStatus(`Tomatoes ${tag}`, { visibility: "unlisted" });
    expect(posted.data.visibility === "unlisted", `visibility ${posted.data.visibility}`);
    const home = await client.getHomeTimeline({ limit: 20 });
    expect(home.data.some((s) => s.id === posted.data.id), "not in home");
  });
}
