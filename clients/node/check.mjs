// Drives a running Rapport server with real Mastodon client libraries, the way apps do:
// masto.js (behind Elk, Phanpy and many bots) and megalodon (behind Whalebird and Fedistar).
// Usage: node check.mjs http://127.0.0.1:8080   Prints "N passed, N failed"; exits 1 on any failure.
import { filterSteps } from "./filters.mjs";
import { mastoSteps } from "./masto.mjs";
import { listSteps } from "./lists.mjs";
import { mediaSteps } from "./media.mjs";
import { megalodonSteps } from "./megalodon.mjs";
import { pollSteps } from "./polls.mjs";
import { notifSteps } from "./notifs.mjs";
import { finish } from "./steps.mjs";
import { tagSteps } from "./tags.mjs";

const base = process.argv[2];
if (!base) {
  console.error("usage: node check.mjs <server address>");
  process.exit(2);
}

const world = { base, tag: Date.now().toString(36) };
await mastoSteps(world);
await filterSteps(world);
await pollSteps(world);
await mediaSteps(world);
await listSteps(world);
await notifSteps(world);
await tagSteps(world);
await megalodonSteps(world);
finish();
