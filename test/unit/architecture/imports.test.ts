import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "../../../src");

/** Areas from the ground floor up: each may import `common/` and the areas before it, never one after it. */
const LAYERS = ["common", "instances", "referentials", "contextualisations", "organisms", "applications", "habilitations", "oversight", "evaluations", "fees", "journal", "publications", "pages", "app"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every relative import of a file (value and type imports alike), resolved to a file under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:(?:import|export)[^;'"]*?from\s+|import\s+)["'](\.[^"']+)["']/g)].map((m) => m[1]);
  return specifiers
    .map((specifier) => path.resolve(path.dirname(file), specifier))
    .map((target) => [`${target}.ts`, path.join(target, "index.ts")].find((candidate) => candidate.startsWith(SRC) && safeExists(candidate)))
    .filter((target): target is string => target !== undefined);
}

function safeExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `config.ts`, read once from the environment, is ground floor; `main.ts`, the process entry, is the top. */
const areaOf = (file: string) => {
  const relative = path.relative(SRC, file);
  if (relative === "config.ts") return "common";
  return relative.includes(path.sep) ? relative.split(path.sep)[0] : "app";
};

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => path.relative(SRC, file);

/** Tarjan's strongly connected components: any with more than one file is an import circle. */
function circles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    indices.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, indices.get(next)!));
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(name(member));
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file)) visit(file);
  return found;
}

describe("the shape of the source", () => {
  it("has no import circle between files", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(circles()).toEqual([]);
  });

  it("lets each area import common/ and the areas below it only; common/ imports no area", () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = LAYERS.indexOf(areaOf(file));
      expect(from, `${name(file)} is in no known area: add its folder to LAYERS`).toBeGreaterThanOrEqual(0);
      for (const target of targets) {
        const to = LAYERS.indexOf(areaOf(target));
        if (to > from) upward.push(`${name(file)} → ${name(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("writes through the one pipeline: no transaction and no wall-clock read outside it and the clock", () => {
    const offenders = files
      .filter((file) => !file.endsWith(path.join("common", "db", "unit-of-work.ts")) && /\.transaction\(/.test(readFileSync(file, "utf8")))
      .concat(files.filter((file) => !file.endsWith(path.join("common", "clock.ts")) && /new Date\(\)/.test(readFileSync(file, "utf8"))));
    expect(offenders.map(name)).toEqual([]);
  });
});

describe("ARCHITECTURE.md", () => {
  const root = path.resolve(SRC, "..");
  const rows = readFileSync(path.join(root, "ARCHITECTURE.md"), "utf8")
    .split("\n")
    .filter((line) => /^\| [A-Z]{3,4}-\d/.test(line));

  it("points every rule ID to files and functions that exist", () => {
    expect(rows.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const row of rows) {
      const [, , code, tests] = row.split("|");
      for (const [, file, names] of code.matchAll(/`([^`]+)`(?: \(([^)]*)\))?/g)) {
        const full = file.startsWith("seeds/") ? path.join(root, file) : path.join(SRC, file);
        if (!safeExists(full) && !(file.endsWith("/") && statSync(full, { throwIfNoEntry: false })?.isDirectory())) {
          missing.push(file);
          continue;
        }
        const text = file.endsWith("/") ? "" : readFileSync(full, "utf8");
        for (const [, fn] of (names ?? "").matchAll(/`(\w+)`/g)) {
          if (!new RegExp(`export (?:async )?(?:function|const|class) ${fn}\\b`).test(text)) missing.push(`${file}: ${fn}`);
        }
      }
      for (const [, file] of tests.matchAll(/`([^`]+)`/g)) if (!safeExists(path.join(root, "test", file))) missing.push(`test/${file}`);
    }
    expect(missing).toEqual([]);
  });
});
