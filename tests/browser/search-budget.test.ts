import { afterAll, beforeAll, expect, test } from 'vitest';
import { measureSearch } from '../../scripts/bench/search.mjs';
import { targetsFor } from '../../scripts/bench/targets.mjs';
import { launchBrowser, PHONE } from '../helpers/browser';
import { assertBuilt, DIST } from '../helpers/dist';
import { startNginx, type NginxServer } from '../helpers/nginx';

/**
 * What a first search costs a phone, measured as `npm run bench` measures it
 * (scripts/bench/search.mjs): real nginx with the shipped config over the built
 * site, an empty cache, every response from navigation until the results are
 * announced (the page, its stylesheet and scripts, Pagefind, its WebAssembly, the
 * index chunks, the fragments of the results shown), compressed bodies plus headers.
 *
 * The target is 150 KB (issue 19). The site does not meet it yet: on this fixture a
 * first search costs 159.0 KB in 23 requests (2026-12-03; on 2026-12-02, 162.3 KB: 151.8 KB
 * of bodies, of which Pagefind's WebAssembly 54 KB, two index chunks 49 KB, pagefind.js 13 KB,
 * ten fragments 20 KB; 10.4 KB of headers, ~420 B on a script or index chunk, which carries no
 * document headers, ~950 B on the page; since then one query instead of the đ variants, and no
 * date sort in Pagefind's metadata). What is left is Pagefind's own (its WebAssembly, script,
 * metadata and chunks) and the results shown. Until it is met, the test holds that cost and a
 * small margin as a ceiling, so it cannot grow unnoticed; lower CEILING as it shrinks.
 */
/** The bench's target for 10,000 items (scripts/bench/targets.mjs), in bytes. */
const TARGET = targetsFor(10_000).find((target) => target.key === 'first_search_kb')!.limit * 1024;
const CEILING = 162 * 1024;

let nginx: NginxServer;

beforeAll(async () => {
	assertBuilt();
	nginx = await startNginx(DIST);
}, 60_000);

afterAll(async () => {
	await nginx?.close();
});

test('a first search on a phone through nginx costs no more than today (all requests counted)', async () => {
	const { first, second } = await measureSearch(() => launchBrowser(PHONE), nginx.origin);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(
		`Tìm kiếm lần đầu: ${first.requests} yêu cầu, ${kb(first.bytes)} (mục tiêu ${kb(TARGET)}: ${first.bytes <= TARGET ? 'đạt' : `vượt ${kb(first.bytes - TARGET)}`}), ${first.ms} ms; lần hai: ${kb(second.bytes)}.`,
	);
	expect(first.found, 'tìm lần đầu phải có kết quả').toBeGreaterThan(0);
	// Pagefind itself, its WebAssembly and an index chunk at least: a count of nothing would pass any ceiling.
	expect(first.requests).toBeGreaterThanOrEqual(4);
	expect(first.bytes).toBeLessThanOrEqual(CEILING);
}, 120_000);
