import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** A mid-range phone: 360 × 740 CSS pixels at twice the density, as the portal's readers hold it. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true } satisfies LaunchOptions;

/** A Chromium context with a fresh profile; `close()` also removes the profile. */
export interface BrowserSession {
	context: BrowserContext;
	close: () => Promise<void>;
}

/** Launches the system Chromium (`CHROME_PATH`, set by `npm test`) with a new user-data dir. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
	const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	const profile = mkdtempSync(join(tmpdir(), 'portal-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		...options,
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
