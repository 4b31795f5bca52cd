// The masto.js half of the check: an app registers, two people sign up, one signs in through the
// authorization code flow, they follow, post, stream, like and read notifications.
import { createOAuthAPIClient, createRestAPIClient, createStreamingAPIClient } from "masto";
import { expect, pause, step } from "./steps.mjs";
import { signInAndAuthorize } from "./web-sign-in.mjs";

const OOB = "urn:ietf:wg:oauth:2.0:oob";
const SCOPES = "read write follow push";

/** Runs the masto.js steps; leaves in `world` the people and the post the later steps use. */
export async function mastoSteps(world) {
  const { base, tag } = world;
  const state = world;
  const anon = createRestAPIClient({ url: base });
  const oauth = createOAuthAPIClient({ url: base });

  await step("instance v2 names its streaming address", async () => {
    state.instance = await anon.v2.instance.fetch();
    expect(state.instance.configuration?.urls?.streaming, "configuration.urls.streaming missing");
  });

  await step("an app registers and gets an app token", async () => {
    state.app = await anon.v1.apps.create({
      clientName: "client check",
      redirectUris: OOB,
      scopes: SCOPES,
      website: base,
    });
    expect(state.app.clientId && state.app.clientSecret, "no client id or secret");
    const token = await oauth.token.create({
      grantType: "client_credentials",
      clientId: state.app.clientId,
      clientSecret: state.app.clientSecret,
      redirectUri: OOB,
      scope: SCOPES,
    });
    state.appClient = createRestAPIClient({ url: base, accessToken: token.accessToken });
  });

  for (const who of ["mia", "noa"]) {
    await step(`${who} signs up through the app (a multipart body)`, async () => {
      const token = await state.appClient.v1.accounts.create({
        username: `${who}${tag}`,
        email: `${who}${tag}@example.org`,
        password: `a long password for ${who} 42`,
        agreement: true,
        locale: "en",
      });
      expect(token.accessToken, "sign-up gave no token");
      state[who] = createRestAPIClient({ url: base, accessToken: token.accessToken });
      state[`${who}Token`] = token.accessToken;
    });
  }

  await step("mia signs in through the authorization code flow", async () => {
    const code = await signInAndAuthorize(base, {
      clientId: state.app.clientId,
      redirectUri: OOB,
      scope: SCOPES,
      login: `mia${tag}`,
      password: "a long password for mia 42",
    });
    const token = await oauth.token.create({
      grantType: "authorization_code",
      code,
      clientId: state.app.clientId,
      clientSecret: state.app.clientSecret,
      redirectUri: OOB,
      scope: SCOPES,
    });
    state.mia = createRestAPIClient({ url: base, accessToken: token.accessToken });
    state.miaToken = token.accessToken;
    const me = await state.mia.v1.accounts.verifyCredentials();
    expect(me.username === `mia${tag}`, `signed in as ${me.username}`);
    state.miaId = me.id;
  });

  await step("mia edits her profile (a multipart body)", async () => {
    const me = await state.mia.v1.accounts.updateCredentials({
      displayName: "Mia",
      note: "Writes about gardens.",
    });
    expect(me.displayName === "Mia", `display name is ${me.displayName}`);
  });

  await step("noa finds mia and follows her", async () => {
    const found = await state.noa.v2.search.list({ q: `mia${tag}`, type: "accounts", resolve: false });
    expect(found.accounts.some((a) => a.id === state.miaId), "mia not found");
    const rel = await state.noa.v1.accounts.$select(state.miaId).follow();
    expect(rel.following || rel.requested, "not following");
    const [again] = await state.noa.v1.accounts.relationships.fetch({ id: [state.miaId] });
    expect(again.following, "relationship does not say following");
  });

  await step("noa's user stream delivers mia's new public post", async () => {
    const streaming = createStreamingAPIClient({
      streamingApiUrl: state.instance.configuration.urls.streaming,
      accessToken: state.noaToken,
      retry: false,
      useInsecureAccessToken: false, // the token travels in Sec-WebSocket-Protocol, as in browsers
      log: process.env.CHECK_LOG ?? "warn",
    });
    const subscription = streaming.user.subscribe();
    // Every update the stream delivers, by id: the server may send a post's update before the
    // answer to the request that made it reaches the client, so updates are kept, not matched on arrival.
    const seen = new Map();
    try {
      const reading = (async () => {
        for await (const event of subscription) {
          if (event.event === "update") seen.set(event.payload.id, event.payload);
        }
      })();
      reading.catch(() => {}); // the socket closes in `finally`; the steps below decide
      // The library subscribes once its socket is open and says nothing when it is: post until one
      // arrives, for at most ten seconds.
      const posted = [];
      let got = null;
      for (let attempt = 0; attempt < 10 && got === null; attempt++) {
        const post = await state.mia.v1.statuses.create({ status: `A garden ${tag} ${attempt}`, visibility: "public" });
        posted.push(post);
        for (let waited = 0; waited < 1000 && got === null; waited += 50) {
          await pause(50);
          got = posted.find((p) => seen.has(p.id)) ?? null;
        }
      }
      expect(got !== null, "no update event within ten seconds");
      state.post = got;
    } finally {
      subscription.unsubscribe();
      streaming.close();
    }
  });

  await step("the post is in noa's home timeline", async () => {
    const home = await state.noa.v1.timelines.home.list({ limit: 20 });
    expect(home.some((s) => s.id === state.post.id), "not in home");
  });

  await step("noa likes it and mia is notified of the like and the follow", async () => {
    const liked = await state.noa.v1.statuses.$select(state.post.id).favourite();
    expect(liked.favourited, "not favourited");
    const notes = await state.mia.v1.notifications.list({ limit: 30 });
    const types = notes.map((n) => n.type);
    expect(types.includes("favourite"), `no favourite among ${types}`);
    expect(types.includes("follow"), `no follow among ${types}`);
  });

  await step("a followers-only post reaches noa but not a signed-out reader", async () => {
    const kept = await state.mia.v1.statuses.create({ status: `Only for followers ${tag}`, visibility: "private" });
    const seen = await state.noa.v1.statuses.$select(kept.id).fetch();
    expect(seen.id === kept.id, "noa cannot see it");
    let hidden = false;
    try {
      await anon.v1.statuses.$select(kept.id).fetch();
    } catch (e) {
      hidden = e?.statusCode === 404;
    }
    expect(hidden, "a signed-out reader saw a followers-only post");
  });
}
