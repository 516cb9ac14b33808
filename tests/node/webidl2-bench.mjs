#!/usr/bin/env node
// Times the reference webidl2 parser on a whole corpus, in memory.
//
// Usage: node webidl2-bench.mjs <corpusDir> [--warmup N] [--iterations N]
//
// Reads every *.idl file of <corpusDir> once, parses the whole corpus --warmup times
// (default 5), then times --iterations (default 20) whole-corpus parses with
// process.hrtime.bigint() and prints exactly one JSON line to stdout:
// {"files":N,"bytes":N,"iterations":N,"msPerCorpus":[...],"medianMs":N,"minMs":N}
import fs from "node:fs";
import path from "node:path";
import * as WebIDL2 from "webidl2";

const USAGE = "usage: node webidl2-bench.mjs <corpusDir> [--warmup N] [--iterations N]";

function fail(message) {
  console.error(`webidl2-bench: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function count(value, name, min) {
  if (value === undefined || !/^\d+$/.test(value)) fail(`${name} needs a non-negative integer`);
  const n = Number(value);
  if (n < min) fail(`${name} must be at least ${min}`);
  return n;
}

let corpusDir = null;
let warmup = 5;
let iterations = 20;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--warmup") warmup = count(argv[++i], "--warmup", 0);
  else if (arg === "--iterations") iterations = count(argv[++i], "--iterations", 1);
  else if (arg === "-h" || arg === "--help") {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
  else if (corpusDir === null) corpusDir = arg;
  else fail(`unexpected argument ${arg}`);
}
if (corpusDir === null) fail("missing <corpusDir>");
if (!fs.existsSync(corpusDir) || !fs.statSync(corpusDir).isDirectory()) fail(`not a directory: ${corpusDir}`);

const names = fs.readdirSync(corpusDir).filter((n) => n.endsWith(".idl")).sort();
if (names.length === 0) fail(`no *.idl files in ${corpusDir}`);
const texts = [];
let bytes = 0;
for (const name of names) {
  const buf = fs.readFileSync(path.join(corpusDir, name));
  bytes += buf.length;
  texts.push(buf.toString("utf8"));
}

// Keep a result alive so the parses cannot be optimised away.
let sink = 0;
function parseCorpus() {
  for (const text of texts) sink += WebIDL2.parse(text).length;
}

for (let i = 0; i < warmup; i++) parseCorpus();

const msPerCorpus = [];
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  parseCorpus();
  const end = process.hrtime.bigint();
  msPerCorpus.push(Number(end - start) / 1e6);
}

const round = (ms) => Math.round(ms * 1000) / 1000;
const sorted = [...msPerCorpus].sort((a, b) => a - b);
const mid = sorted.length >> 1;
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
if (sink < 0) console.error(sink); // never true; reads the sink
process.stdout.write(
  JSON.stringify({
    files: names.length,
    bytes,
    iterations,
    msPerCorpus: msPerCorpus.map(round),
    medianMs: round(median),
    minMs: round(sorted[0]),
  }) + "\n",
);
