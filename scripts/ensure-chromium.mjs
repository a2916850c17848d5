#!/usr/bin/env node
// Makes sure Playwright has a browser: Debian's chromium where it exists or apt-get can install it,
// Playwright's own browser elsewhere. These machines cannot download browser builds.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (fs.existsSync(SYSTEM_CHROMIUM)) {
  console.log(`› Using ${SYSTEM_CHROMIUM}`);
} else if (has('apt-get') && process.getuid?.() === 0) {
  console.log('› Installing Debian chromium…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} else {
  console.log('› No system chromium: installing Playwright’s own browser…');
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
