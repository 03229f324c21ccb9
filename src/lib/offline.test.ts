import { describe, expect, test } from 'vitest';
import { OFFLINE_CACHE_PREFIX, offlinePages, pageAssets, serviceWorkerScript } from './offline';
import { routes } from './routes';

describe('offlinePages keeps help, the offline page, the campaign sheets and the plans', () => {
	test.each([
		[routes.help, true],
		[routes.offline, true],
		[routes.campaignPrint('thang-hanh-dong'), true],
		[routes.plan('quang-ninh-2022'), true],
		[routes.campaign('thang-hanh-dong'), false],
		[routes.helpInLocality('lai-chau'), false],
		[routes.plansOfYear(2025), false],
		[routes.planSource('quang-ninh-2022'), false],
		[routes.newsItem('2022-05-20-tin'), false],
		[routes.home, false],
	])('%s: %s', (path, kept) => {
		expect(offlinePages([path])).toEqual(kept ? [path] : []);
	});
});

test('pageAssets finds the stylesheet, icon and pictures a page needs from this site', () => {
	const html =
		'<link rel="stylesheet" href="/_astro/style.A1.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">' +
		'<img src="/_astro/anh.B2.webp" alt=""><link rel="alternate" href="/rss.xml"><img src="https://x.example/a.png">' +
		'<link rel="stylesheet" href="/_astro/style.A1.css"><a href="/ke-hoach/">x</a>';
	expect(pageAssets(html)).toEqual(['/_astro/style.A1.css', '/favicon.svg', '/_astro/anh.B2.webp']);
});

/** A service worker's scope in memory: its listeners, caches as maps, and a network that can be cut. */
function fakeScope(network: Map<string, string>) {
	const stores = new Map<string, Map<string, Response>>();
	const listeners = new Map<string, (event: unknown) => void>();
	const online = { value: true };
	const open = async (name: string) => {
		if (!stores.has(name)) stores.set(name, new Map());
		const store = stores.get(name)!;
		return {
			addAll: async (paths: string[]) => {
				for (const path of paths) store.set(path, new Response(network.get(path) ?? ''));
			},
			match: async (path: string) => store.get(path)?.clone(),
		};
	};
	const scope = {
		location: { origin: 'https://cong.example' },
		caches: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) },
		clients: { claim: async () => undefined },
		skipWaiting: async () => undefined,
		fetch: async (request: Request) => {
			if (!online.value) throw new TypeError('Failed to fetch');
			return new Response(network.get(new URL(request.url).pathname) ?? 'mạng');
		},
		addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
	};
	const lifecycle = async (type: 'install' | 'activate') => {
		let done: Promise<unknown> = Promise.resolve();
		listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
		await done;
	};
	const request = async (path: string, mode: RequestMode = 'navigate') => {
		let answer: Promise<Response> | undefined;
		const request = { url: `https://cong.example${path}`, method: 'GET', mode } as Request;
		listeners.get('fetch')!({ request, respondWith: (response: Promise<Response>) => (answer = response) });
		return answer ? (await answer).text() : 'không qua worker';
	};
	return { scope, stores, online, lifecycle, request };
}

describe('the service worker written into /sw.js', () => {
	const network = new Map([
		['/ho-tro/', 'trang hỗ trợ'],
		['/doc-ngoai-tuyen/', 'các trang đã lưu'],
		['/_astro/style.css', 'css'],
	]);
	const start = (version: string, site = fakeScope(network)) => {
		new Function('self', serviceWorkerScript(version, ['/ho-tro/', '/doc-ngoai-tuyen/', '/_astro/style.css']))(site.scope);
		return site;
	};

	test('saves its files on install and answers for them without the network', async () => {
		const site = start('v1');
		await site.lifecycle('install');
		await site.lifecycle('activate');
		site.online.value = false;
		expect(await site.request('/ho-tro/')).toBe('trang hỗ trợ');
		expect(await site.request('/_astro/style.css', 'no-cors')).toBe('css');
	});

	test('shows the offline page for a page it did not save, when the network is cut', async () => {
		const site = start('v1');
		await site.lifecycle('install');
		expect(await site.request('/tin-tuc/')).toBe('mạng');
		site.online.value = false;
		expect(await site.request('/tin-tuc/')).toBe('các trang đã lưu');
		expect(await site.request('/tim-kiem/x.js', 'no-cors')).toBe('không qua worker');
	});

	test('a new version saves afresh and drops the older copies', async () => {
		const site = start('v1');
		await site.lifecycle('install');
		network.set('/ho-tro/', 'trang hỗ trợ, bản mới');
		start('v2', site);
		await site.lifecycle('install');
		await site.lifecycle('activate');
		expect([...site.stores.keys()]).toEqual([`${OFFLINE_CACHE_PREFIX}v2`]);
		site.online.value = false;
		expect(await site.request('/ho-tro/')).toBe('trang hỗ trợ, bản mới');
	});
});
