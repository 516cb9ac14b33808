#!/usr/bin/env node
// Prints the absolute path of the installed @webref/idl package folder
// (the folder holding its *.idl files), resolved from this directory.
// Usage: node corpus-path.mjs
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
let manifest;
try {
  manifest = require.resolve("@webref/idl/package.json");
} catch (err) {
  console.error(
    `corpus-path: @webref/idl is not installed (run 'npm ci' in ${path.dirname(new URL(import.meta.url).pathname)}): ${err.message}`,
  );
  process.exit(1);
}
process.stdout.write(path.dirname(manifest) + "\n");
