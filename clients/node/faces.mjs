// Avatars and custom emoji through masto.js: mia uploads an avatar with updateCredentials (a Blob in
// a multipart form, as apps send it), reads it back as a 400×400 picture, and goes back to the
// generated one; the custom emoji list reads as an array.
import { deflateSync } from "node:zlib";
import { expect, step } from "./steps.mjs";

/** CRC-32 as PNG chunks need it. */
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A solid red RGB PNG of `w`×`h`, made here. */
function redPng(w, h) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, Buffer.from([255, 0, 0]))]);
  const pixels = deflateSync(Buffer.concat(Array(h).fill(row)));
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

/** The image at an address the server gave, asked of the server under test. */
async function load(world, address) {
  const u = new URL(address);
  return fetch(new URL(u.pathname + u.search, world.base));
}

/** Runs after the masto.js steps, with their people. */
export async function faceSteps(world) {
  await step("mia uploads an avatar with updateCredentials and it loads as a 400×400 picture", async () => {
    const before = await world.mia.v1.accounts.verifyCredentials();
    expect(before.avatar.includes("/avatars/default/"), `not a generated avatar: ${before.avatar}`);
    const me = await world.mia.v1.accounts.updateCredentials({
      avatar: new Blob([redPng(600, 300)], { type: "image/png" }),
    });
    expect(!me.avatar.includes("/default/"), `the avatar did not change: ${me.avatar}`);
    const res = await load(world, me.avatar);
    expect(res.status === 200, `the avatar answered ${res.status}`);
    const type = res.headers.get("content-type") ?? "";
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(/^image\/(png|jpeg)/.test(type), `the avatar is served as ${type}`);
    // A PNG names its size in its header; a JPEG (an opaque picture may be written as one) is checked by the server's tests.
    if (type.startsWith("image/png")) {
      expect(bytes.readUInt32BE(16) === 400 && bytes.readUInt32BE(20) === 400, "the avatar is not 400×400");
    }
    const again = await world.mia.v1.accounts.verifyCredentials();
    expect(again.avatar === me.avatar, "verify_credentials shows another avatar");
  });

  await step("mia removes her avatar and has the generated one again", async () => {
    const me = await world.mia.v1.profile.avatar.remove();
    expect(me.avatar.includes("/avatars/default/"), `not the generated avatar: ${me.avatar}`);
    expect((await load(world, me.avatar)).status === 200, "the generated avatar does not load");
  });

  await step("the custom emoji list reads as an array", async () => {
    const emojis = await world.mia.v1.customEmojis.list();
    expect(Array.isArray(emojis), "custom emojis are not a list");
  });
}
