#!/usr/bin/env node
// No function over MAX_FUNCTION_LINES lines in src/ and entrypoints/: a function is read whole,
// closures included (a factory of closures counts every line of them), so it must fit on a screen.
// Counted by the TypeScript compiler over the source files, from the line the function starts
// (its name, for a declaration, method or `const f = () => …`) to its closing line. Part of
// `npm run test:static`; alone: node scripts/check-function-size.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MAX_FUNCTION_LINES = 80;

/**
 * Functions tolerated over the limit while a refactor that shortens them is under way,
 * `file:function` → their length then; empty now. An entry that no longer matches an offender
 * fails the check, so the list cannot go stale.
 */
export const TEMPORARY_CORE_OFFENDERS = new Map();

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** A name for the function at `node`: its own, its variable's or property's, else `(anonymous)`. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return '(anonymous)';
}

/** Where a function starts: a `const f = () => …` starts at its statement, a method at its name. */
function startOf(node) {
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p) && p.initializer === node) return p.parent.parent;
  return node;
}

/** Every function of one source text with its length in lines: [{ name, line, lines }]. */
export function functionSizes(text, fileName = 'file.ts') {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const out = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const from = sf.getLineAndCharacterOfPosition(startOf(node).getStart(sf)).line;
      const to = sf.getLineAndCharacterOfPosition(node.end).line;
      out.push({ name: nameOf(node), line: from + 1, lines: to - from + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The source files checked: every .ts/.tsx of src/ and entrypoints/ (declarations excepted). */
export function sourceFiles(root = ROOT) {
  return ['src', 'entrypoints'].flatMap((d) => walk(join(root, d))).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
}

/** { problems, allowed, functions }: one line per function over the limit not allowed, and per stale allowance. */
export function functionSizeProblems({ root = ROOT, max = MAX_FUNCTION_LINES, allowed = TEMPORARY_CORE_OFFENDERS } = {}) {
  const problems = [];
  const used = [];
  let functions = 0;
  for (const f of sourceFiles(root)) {
    const rel = relative(root, f).split('\\').join('/');
    for (const fn of functionSizes(readFileSync(f, 'utf8'), f)) {
      functions++;
      if (fn.lines <= max) continue;
      const key = `${rel}:${fn.name}`;
      const allowance = allowed.get(key);
      if (allowance !== undefined && fn.lines <= allowance) {
        used.push(key);
        continue;
      }
      problems.push(`${rel}:${fn.line} ${fn.name} is ${fn.lines} lines (at most ${max}${allowance !== undefined ? `; allowed ${allowance} until the core refactor` : ''}): split it into named functions`);
    }
  }
  for (const key of allowed.keys()) {
    if (!used.includes(key)) problems.push(`${key} is no longer over ${max} lines (or was renamed): remove it from TEMPORARY_CORE_OFFENDERS (scripts/check-function-size.mjs)`);
  }
  return { problems, allowed: used, functions };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, allowed, functions } = functionSizeProblems();
  console.log(`${problems.length === 0 ? '  ✓' : '  ✗'} no function over ${MAX_FUNCTION_LINES} lines in src/ and entrypoints/ (${functions} functions, closures counted in their enclosing function)`);
  for (const p of problems) console.log(`      ${p}`);
  for (const a of allowed) console.log(`      temporary exception: ${a}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
