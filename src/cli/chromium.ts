// Finds the Chromium that Playwright drives: Playwright cannot download its own browser here,
// so the system's Chromium is used, installed from Debian's packages when missing and we are root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome'
];

const HOW_TO_INSTALL =
	'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
	const override = env.CHROMIUM_PATH?.trim();
	if (override) {
		if (!existsSync(override))
			throw new Error(`CHROMIUM_PATH is ${override}, which does not exist. ${HOW_TO_INSTALL}`);
		return override;
	}
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('Chromium is missing; installing it with apt-get (Debian package "chromium")…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
		const installed = CANDIDATES.find((path) => existsSync(path));
		if (installed) return installed;
	}
	throw new Error(`No Chromium found to drive. ${HOW_TO_INSTALL}`);
}

/** Flags for a headless Chromium on a machine with no network but localhost, run as root in CI. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
