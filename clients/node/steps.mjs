// The checks' shared parts: a named step that records pass or fail, and small assertions.

const results = [];

export async function step(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`ok    ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL  ${name}: ${e?.message ?? e}`);
  }
}

export function expect(condition, what) {
  if (!condition) throw new Error(what);
}

export function pause(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

/** Prints "N passed, N failed" and ends the process: 0 when nothing failed. */
export function finish() {
  const failed = results.filter((ok) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
