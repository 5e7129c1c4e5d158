// Finds the browser a command needs and, when it is missing, installs Debian's package for it.
// Used by the browser launchers (demo, end-to-end tests, benchmark) and by `npm test` before its
// browser steps, so the README's two commands are the whole set-up on a fresh Debian machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserInfo {
  /** Debian's package. */
  pkg: string;
  /** The variable a reader can set to a binary of their own instead. */
  env: 'CHROME_PATH' | 'FIREFOX_PATH';
  /** Where Debian and the usual vendor packages put the binary. */
  candidates: string[];
  label: string;
}

export const BROWSERS: Record<BrowserName, BrowserInfo> = {
  chromium: {
    pkg: 'chromium',
    env: 'CHROME_PATH',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    label: 'Chromium',
  },
  firefox: {
    pkg: 'firefox-esr',
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    label: 'Firefox ESR',
  },
};

/** The binary named by the browser's variable if set (null if that file is missing), else the first one found. */
export function findBrowser(name: BrowserName): string | null {
  const info = BROWSERS[name];
  const fromEnv = process.env[info.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return info.candidates.find((p) => existsSync(p)) ?? null;
}

/** What to do when the browser is missing and cannot be installed from here. */
export function missingBrowserHelp(name: BrowserName, reason?: string): string {
  const info = BROWSERS[name];
  const fromEnv = process.env[info.env];
  if (fromEnv)
    return `${info.env} is set to ${fromEnv}, but there is no such file: point it at a ${info.label} binary, or unset it.`;
  return (
    `${info.label} is needed and was not found${reason ? ` (${reason})` : ''}. ` +
    `Install Debian's package \`${info.pkg}\` (sudo apt-get install ${info.pkg}), or set ${info.env} to a ${info.label} binary.`
  );
}

/** How apt-get can be run here: directly as root, through password-less sudo, or not at all. */
function aptPrefix(): string[] | null {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

function apt(prefix: string[], args: string[]): void {
  const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
  const result = spawnSync(cmd!, rest, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${tail}`);
  }
}

/**
 * The path of the browser's binary, installing Debian's package first when it is missing and this
 * process may run apt-get (root, or password-less sudo). `purpose` says in the one printed line why.
 * Throws with a message naming the package and the variable otherwise.
 */
export function ensureBrowser(name: BrowserName, purpose: string): string {
  const found = findBrowser(name);
  if (found) return found;
  const info = BROWSERS[name];
  if (process.env[info.env]) throw new Error(missingBrowserHelp(name));
  const prefix = aptPrefix();
  if (!prefix) throw new Error(missingBrowserHelp(name, 'installing it needs root or password-less sudo'));
  console.log(
    `Installing Debian's package ${info.pkg} with apt-get: ${info.label} is needed for ${purpose} and is not installed.`,
  );
  apt(prefix, ['-qq', 'update']);
  apt(prefix, ['-qq', '-y', '-o', 'Dpkg::Use-Pty=0', 'install', info.pkg]);
  const installed = findBrowser(name);
  if (!installed)
    throw new Error(
      `apt-get installed ${info.pkg}, but no binary appeared at ${info.candidates.join(', ')}.`,
    );
  return installed;
}

/** Where each browser keeps its interface in another language, and Debian's package that brings it. */
const LANGUAGE_PACKS: Record<BrowserName, (lang: string) => { file: string; pkg: string }> = {
  chromium: (lang) => ({ file: `/usr/lib/chromium/locales/${lang}.pak`, pkg: 'chromium-l10n' }),
  firefox: (lang) => ({
    file: `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`,
    pkg: `firefox-esr-l10n-${lang}`,
  }),
};

/**
 * Makes sure the Debian browser can run its interface in `lang` (a browser started in French
 * reports French to extensions only when it has French): installs Debian's language package when
 * missing, like ensureBrowser. Browsers of the reader's own (CHROME_PATH, FIREFOX_PATH) are left as
 * they are.
 */
export function ensureLanguagePack(name: BrowserName, lang: string): void {
  if (process.env[BROWSERS[name].env]) return;
  const { file, pkg } = LANGUAGE_PACKS[name](lang);
  if (existsSync(file)) return;
  const prefix = aptPrefix();
  if (!prefix)
    throw new Error(
      `${BROWSERS[name].label} in ${lang} needs Debian's package ${pkg} (sudo apt-get install ${pkg}).`,
    );
  console.log(
    `Installing Debian's package ${pkg} with apt-get: the tests start ${BROWSERS[name].label} in ${lang}.`,
  );
  apt(prefix, ['-qq', 'update']);
  apt(prefix, ['-qq', '-y', '-o', 'Dpkg::Use-Pty=0', 'install', pkg]);
}
