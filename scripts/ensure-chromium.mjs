// Makes sure the browser tests have a Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and a
// system font for Chinese (the page never downloads one, and the Chinese tests measure its text),
// installing Debian's packages when we may.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (process.env.CHROMIUM_PATH && !existsSync(wanted)) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
  process.exit(1);
}

/** Whether fontconfig knows a font that covers Chinese. */
function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

const missing = [];
if (!existsSync(wanted)) missing.push('chromium');
if (!hasChineseFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (existsSync(wanted) && hasChineseFont()) process.exit(0);
}
console.error(
  `The browser tests need ${missing.join(' and ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`,
);
process.exit(1);
