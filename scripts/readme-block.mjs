// Rewrites the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in a Markdown file.
import { readFileSync, writeFileSync } from "node:fs";

/** @param {string} file @param {string} name @param {string} content */
export function replaceBlock(file, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${file} has no ${start} … ${end} block`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`);
}
