#!/usr/bin/env node
// Parses WebIDL files with the reference webidl2 parser and writes its AST as JSON.
//
// Usage: node webidl2-dump.mjs <inputDirOrFile>... --out <dir> [--concrete]
//
// For every .idl/.webidl input (directories are scanned, not recursively), writes
// <out>/<basename-without-extension>.json containing JSON.stringify(tree), where
// tree = WebIDL2.parse(text) (or WebIDL2.parse(text, { concrete: true }) with --concrete).
// If the parse throws, writes <out>/<basename>.error.txt holding the error message instead.
// Exits 0 unless the arguments are wrong (exit 2).
import fs from "node:fs";
import path from "node:path";
import * as WebIDL2 from "webidl2";

const USAGE = "usage: node webidl2-dump.mjs <inputDirOrFile>... --out <dir> [--concrete]";

function fail(message) {
  console.error(`webidl2-dump: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const inputs = [];
let outDir = null;
let concrete = false;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--out") {
    if (i + 1 >= argv.length) fail("--out needs a directory");
    outDir = argv[++i];
  } else if (arg.startsWith("--out=")) {
    outDir = arg.slice("--out=".length);
  } else if (arg === "--concrete") {
    concrete = true;
  } else if (arg === "-h" || arg === "--help") {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith("--")) {
    fail(`unknown option ${arg}`);
  } else {
    inputs.push(arg);
  }
}
if (!outDir) fail("missing --out <dir>");
if (inputs.length === 0) fail("no input files or directories");

const isIdl = (name) => /\.(idl|webidl)$/i.test(name);
const files = [];
for (const input of inputs) {
  let stat;
  try {
    stat = fs.statSync(input);
  } catch {
    fail(`no such file or directory: ${input}`);
  }
  if (stat.isDirectory()) {
    const names = fs.readdirSync(input).filter(isIdl).sort();
    for (const name of names) files.push(path.join(input, name));
  } else if (isIdl(input)) {
    files.push(input);
  } else {
    fail(`not a .idl/.webidl file: ${input}`);
  }
}

fs.mkdirSync(outDir, { recursive: true });
const options = concrete ? { concrete: true } : undefined;
let ok = 0;
let errors = 0;
for (const file of files) {
  const base = path.basename(file).replace(/\.(idl|webidl)$/i, "");
  const text = fs.readFileSync(file, "utf8");
  let tree;
  try {
    tree = options ? WebIDL2.parse(text, options) : WebIDL2.parse(text);
  } catch (err) {
    const message = err && err.message !== undefined ? err.message : String(err);
    fs.writeFileSync(path.join(outDir, `${base}.error.txt`), message);
    errors++;
    continue;
  }
  fs.writeFileSync(path.join(outDir, `${base}.json`), JSON.stringify(tree));
  ok++;
}
console.error(`webidl2-dump: ${ok} parsed, ${errors} failed, output in ${path.resolve(outDir)}`);
