/**
 * The large real page: Node.js's API documentation on one page (all.html, about 5.8 MB) from Debian's
 * nodejs-doc package, fetched with `apt-get download` into .cache/bench/ and unpacked with `dpkg -x`.
 * Never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface NodeDoc {
  /** the directory holding all.html and its assets/ */
  dir: string;
  version: string;
}

function findAllHtml(root: string): string | null {
  const known = path.join(root, 'usr/share/doc/nodejs/api/all.html');
  if (existsSync(known)) return known;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.name === 'all.html') return full;
    }
  }
  return null;
}

/** all.html, downloading and unpacking the package if needed; throws when apt or dpkg fails. */
export async function ensureNodeDoc(cacheDir: string, log: (line: string) => void): Promise<NodeDoc> {
  const unpacked = path.join(cacheDir, 'nodejs-doc');
  let allHtml = existsSync(unpacked) ? findAllHtml(unpacked) : null;
  if (!allHtml) {
    await mkdir(cacheDir, { recursive: true });
    let deb = readdirSync(cacheDir).find((f) => /^nodejs-doc_.*\.deb$/.test(f));
    if (!deb) {
      log('fetching nodejs-doc with apt-get download …');
      execFileSync('apt-get', ['download', 'nodejs-doc'], {
        cwd: cacheDir,
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 180_000,
      });
      deb = readdirSync(cacheDir).find((f) => /^nodejs-doc_.*\.deb$/.test(f));
      if (!deb) throw new Error('apt-get download nodejs-doc produced no .deb');
    }
    execFileSync('dpkg', ['-x', path.join(cacheDir, deb), unpacked], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    });
    allHtml = findAllHtml(unpacked);
    if (!allHtml) throw new Error(`no all.html in ${deb}`);
  }
  const deb = readdirSync(cacheDir).find((f) => /^nodejs-doc_.*\.deb$/.test(f));
  const version = deb?.replace(/^nodejs-doc_/, '').replace(/_all\.deb$/, '') ?? 'unknown';
  return { dir: path.dirname(allHtml), version };
}
