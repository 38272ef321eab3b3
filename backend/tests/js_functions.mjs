// Prints every function in the given JavaScript files as one JSON line: {file, name, start, end}.
// Used by tests/test_structure.py; acorn comes from the test helpers' node_modules (first argument).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(`${resolve(modules)}/`);
const { parse } = require("acorn");
const { full } = require("acorn-walk");

const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
for (const file of files) {
  const tree = parse(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module", locations: true });
  full(tree, (node) => {
    if (!FUNCTIONS.has(node.type)) return;
    const name = node.id?.name ?? "(anonymous)";
    console.log(JSON.stringify({ file, name, start: node.loc.start.line, end: node.loc.end.line }));
  });
}
