// scripts/check-node-engines on fake node_modules folders: a package whose engines.node range
// leaves out Node 18 or Node 20 fails the check and is named with its range; one that accepts
// both passes. Run by ctest with CHECKER set to the script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Makes a package declaring the engines range; returns its own node_modules folder, to nest in.
function addPackage(nodeModules, name, nodeRange) {
  const dir = join(nodeModules, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", engines: { node: nodeRange } }));
  return join(dir, "node_modules");
}

function check(build) {
  const root = mkdtempSync(join(tmpdir(), "check-node-engines-"));
  try {
    const nodeModules = join(root, "node_modules");
    mkdirSync(nodeModules);
    build(nodeModules);
    const run = spawnSync(process.env.CHECKER, [nodeModules], { encoding: "utf8" });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test("a package that needs Node 20 fails the check, named with its range", () => {
  const { status, output } = check((nodeModules) => addPackage(nodeModules, "needs-twenty", ">=20"));
  assert.equal(status, 1, output);
  assert.match(output, /needs-twenty@1\.0\.0 .*requires node ">=20", which excludes 18\.20\.0/);
});

test("a package that accepts Node 18 and later passes", () => {
  const { status, output } = check((nodeModules) => addPackage(nodeModules, "any-modern", ">=18"));
  assert.equal(status, 0, output);
});

test("a package that stops before Node 20 fails the check", () => {
  const { status, output } = check((nodeModules) => addPackage(nodeModules, "old-only", "^16 || ^18"));
  assert.equal(status, 1, output);
  assert.match(output, /old-only@1\.0\.0 .*requires node "\^16 \|\| \^18", which excludes 20\.19\.0/);
});

test("a scoped package nested under another one is checked too", () => {
  const { status, output } = check((nodeModules) => {
    const nested = addPackage(nodeModules, "outer", ">=18");
    addPackage(nested, "@scope/inner", ">=22");
  });
  assert.equal(status, 1, output);
  assert.match(output, /@scope\/inner@1\.0\.0 .*requires node ">=22"/);
  assert.doesNotMatch(output, /outer@/);
});
