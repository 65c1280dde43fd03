import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md's layers: domain/ and importers/ are pure. Biome's overrides catch most of this in the
// editor; this test is the backstop that CI cannot skip.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const forbiddenImports: [RegExp, string][] = [
  [
    /from\s+['"](react|react-dom|react-dom\/.*|react-router.*|dexie.*|zustand.*)['"]/,
    'imports a UI, storage or state library',
  ],
  [/from\s+['"][./]*\/(app|features|ui|storage)\//, 'imports an upper layer'],
];

// Checked on the code with its strings and comments removed, so prose such as "a 10-day window." passes.
const forbiddenCode: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'reads the clock (Date.now)'],
  [/\bnew Date\(\s*\)/, 'reads the clock (new Date())'],
  [/\bperformance\.now\s*\(/, 'reads the clock (performance.now)'],
  [
    /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\s*[.[]/,
    'touches a DOM or browser global',
  ],
  [/\bMath\.random\s*\(/, 'uses an unseeded random source'],
];

describe.each(['src/domain', 'src/importers'])('%s stays pure', (layer) => {
  const files = sourceFiles(layer);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative('.', f)]))('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    const code = source
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
      .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    const problems = [
      ...forbiddenImports.filter(([pattern]) => pattern.test(source)),
      ...forbiddenCode.filter(([pattern]) => pattern.test(code)),
    ].map(([, why]) => why);
    expect(problems).toEqual([]);
  });
});

it('the domain does not import importers', () => {
  for (const file of sourceFiles('src/domain')) {
    expect(readFileSync(file, 'utf8')).not.toMatch(/from\s+['"][./]*\/importers\//);
  }
});
