import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser';
import { assertBuilt, DIST } from './dist';
import { startStaticServer, type StaticServer } from './static-server';

/** The built site served on 127.0.0.1, and a Chromium to open it. */
export interface BuiltSiteSession {
	server: StaticServer;
	browser: BrowserSession;
}

/**
 * For a browser suite over the real `dist/`: serves it and launches Chromium
 * before the suite, stops both after. Read the fields inside tests.
 */
export function useBuiltSite(options?: Parameters<typeof launchBrowser>[0]): BuiltSiteSession {
	const session = {} as BuiltSiteSession;
	beforeAll(async () => {
		assertBuilt();
		session.server = await startStaticServer(DIST);
		session.browser = await launchBrowser(options);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	return session;
}
