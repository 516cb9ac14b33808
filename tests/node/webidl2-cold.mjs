#!/usr/bin/env node
// Parses every *.idl file of a directory once with webidl2 and exits: time the whole
// process (e.g. with hyperfine) to measure a cold node start plus one corpus parse.
//
// Usage: node webidl2-cold.mjs <corpusDir>
// Prints "parsed N files" to stdout; exits 1 if any file throws (each failure goes to stderr).
import fs from "node:fs";
import path from "node:path";
import * as WebIDL2 from "webidl2";

const argv = process.argv.slice(2);
if (argv.length !== 1 || argv[0].startsWith("--")) {
  console.error("usage: node webidl2-cold.mjs <corpusDir>");
  process.exit(2);
}
const dir = argv[0];
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error(`webidl2-cold: not a directory: ${dir}`);
  process.exit(2);
}

let parsed = 0;
let failed = 0;
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".idl")).sort()) {
  try {
    WebIDL2.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    parsed++;
  } catch (err) {
    failed++;
    console.error(`${name}: ${err && err.message !== undefined ? err.message : err}`);
  }
}
console.log(`parsed ${parsed} files`);
if (failed > 0) {
  console.error(`webidl2-cold: ${failed} file(s) failed to parse`);
  process.exit(1);
}
