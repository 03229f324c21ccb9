import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { listFiles } from '../helpers/dist';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { testPlanFiles } from '../helpers/test-plan';

/**
 * What the README's "Adopting it for another locality" promises: a copy of the project whose
 * demo content is replaced by a small portal of its own (one province, one plan, three news
 * items) builds (content check and site check included), publishes nothing of the demo, and
 * runs the product's own suites green in the copy. Everything written here is test data: the
 * province "Thử Nghiệm" does not exist, the plan has no number, and no phone number, address
 * or document number is given, so nothing can be mistaken for a real one.
 */
const NOW = '2026-11-26T10:00:00+07:00';
const LOCALITY = 'thu-nghiem';
const PLAN = 'thu-nghiem-2026';
/** The demo's two localities: any page naming them leaked from the demo content. */
const DEMO_NAMES = ['Quảng Ninh', 'Lai Châu', 'quang-ninh', 'lai-chau'];
/**
 * What the kit keeps when the demo goes: national facts (111, 113, 115, 26/6) and the accessibility
 * statement name no locality.
 */
const KEPT = ['content/national', 'content/pages/tuyen-bo-tiep-can.md'];

const newsItem = (id: string, title: string, extra: string[] = []) => [
	`content/news/${id}.md`,
	[
		'---',
		`title: ${title}`,
		`description: ${title} (tin kiểm thử của tỉnh Thử Nghiệm).`,
		`date: ${id.slice(0, 10)}`,
		'author: Ban biên tập (kiểm thử)',
		`locality: ${LOCALITY}`,
		...extra,
		'---',
		'',
		'Nội dung tin kiểm thử.',
		'',
	].join('\n'),
];

const PORTAL: Record<string, string> = {
	'content/site.yaml': [
		'name: Cổng thông tin kiểm thử tỉnh Thử Nghiệm',
		'description: Bản kiểm thử của cổng thông tin phòng, chống ma túy cho một tỉnh không có thật.',
		'localities:',
		`  - id: ${LOCALITY}`,
		'    name: tỉnh Thử Nghiệm',
		'    shortName: Thử Nghiệm',
		'contact: {}',
		'licence: CC-BY-4.0',
		'',
	].join('\n'),
	// The pages every portal has (content-check/rules/pages.ts) and the editors' guide the site links to; the demo's cite its own plans.
	'content/pages/gioi-thieu.md': '---\ntitle: Giới thiệu\ndescription: Cổng kiểm thử của tỉnh Thử Nghiệm.\n---\n\nCổng kiểm thử.\n',
	'content/pages/ho-tro.md': '---\ntitle: Hỗ trợ\ndescription: Nơi hỗ trợ ở tỉnh Thử Nghiệm (kiểm thử).\n---\n\nTrang hỗ trợ kiểm thử.\n',
	'content/pages/huong-dan-bien-tap.md':
		'---\ntitle: Hướng dẫn biên tập\ndescription: Hướng dẫn biên tập của cổng kiểm thử.\n---\n\nHướng dẫn kiểm thử.\n',
	...testPlanFiles({
		id: PLAN,
		locality: LOCALITY,
		localityName: 'tỉnh Thử Nghiệm',
		year: 2026,
		perWeek: 2,
		issuer: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
		headline: true,
	}),
	...Object.fromEntries([
		newsItem('2026-11-16-khai-mac-tuan-kiem-thu', 'Khai mạc tuần kiểm thử', [`plans: [${PLAN}]`, 'tags: [Kiểm thử]']),
		newsItem('2026-11-18-tap-huan-kiem-thu', 'Tập huấn kiểm thử', ['tags: [Kiểm thử]']),
		newsItem('2026-11-20-tong-ket-kiem-thu', 'Tổng kết kiểm thử'),
	]),
};

/**
 * The browser files that need no CMS and no second build: the site as readers use it, printed
 * and offline included. Every unit and site file runs; the demo's own checks (tests/demo/) do not.
 */
const BROWSER_SMOKE = ['every-page', 'phone', 'search-budget', 'keyboard', 'offline', 'print'].map(
	(name) => `tests/browser/${name}.test.ts`,
);

const NEWS_IDS = Object.keys(PORTAL)
	.filter((path) => path.startsWith('content/news/'))
	.map((path) => path.slice('content/news/'.length, -'.md'.length));

let site: FixtureSite;
let build: { ok: boolean; output: string };
let buildSeconds: number;
const read = (path: string) => readFileSync(join(site.dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** Runs Vitest in the copy, as its own CI would. */
function vitestInCopy(args: string[]) {
	const result = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', ...args], {
		cwd: site.root,
		encoding: 'utf8',
		env: { ...process.env, PORTAL_NOW: NOW, TZ: 'UTC', CI: '1' },
		timeout: 300_000,
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
	site = createFixtureSite({ emptyContent: true });
	// The copy carries its own tests and scripts, as a locality's repository does.
	for (const path of ['tests', 'scripts', 'deploy', 'vitest.config.ts', 'README.md', ...KEPT])
		cpSync(path, join(site.root, path), { recursive: true });
	site.write(PORTAL);
	const started = performance.now();
	build = site.build({ PORTAL_NOW: NOW });
	buildSeconds = (performance.now() - started) / 1000;
	console.log(`[replaced-demo] build ${buildSeconds.toFixed(1)} s`);
}, 300_000);

afterAll(() => site?.remove());

describe('a locality replacing the demo with its own content', () => {
	test('builds, with the content check and the site check passing', () => {
		expect(build.output).not.toContain('[ERROR]');
		expect(build.ok, build.output.slice(-3000)).toBe(true);
	});

	test('publishes its own portal: home, its plan, its news, a search index', () => {
		expect(read(routes.home)).toContain('Cổng thông tin kiểm thử tỉnh Thử Nghiệm');
		expect(read(routes.plan(PLAN))).toContain('Hằng tuần có ít nhất 02 tin về phòng, chống ma túy');
		for (const id of NEWS_IDS) expect(read(routes.newsItem(id))).toContain('Nội dung tin kiểm thử.');
		expect(existsSync(join(site.dist, 'pagefind/pagefind.js'))).toBe(true);
	});

	test('no published file names the demo localities', () => {
		const files = listFiles(site.dist).filter((file) => /\.(html|xml|json|txt|csv|ics|js)$/u.test(file) && !file.startsWith('pagefind/'));
		expect(files.length).toBeGreaterThan(20);
		const leaks = files.filter((file) => DEMO_NAMES.some((name) => readFileSync(join(site.dist, file), 'utf8').includes(name)));
		expect(leaks).toEqual([]);
	});
});

describe('the product suites, run in the copy', () => {
	test.each([
		['unit', ['--project', 'unit']],
		// The integration files build their own copies of the project: this one runs here, in the real project.
		['site', ['--project', 'site', '--exclude', 'tests/integration/**']],
		['browser (smoke)', ['--project', 'browser', ...BROWSER_SMOKE]],
	])(
		'%s',
		(name, args) => {
			const started = performance.now();
			const run = vitestInCopy(args);
			const files = /Test Files\s+(.*)/u.exec(run.output.replace(/\x1b\[[0-9;]*m/gu, ''))?.[1];
			console.log(`[replaced-demo] ${name} ${((performance.now() - started) / 1000).toFixed(1)} s: ${files}`);
			expect(run.ok, run.output.slice(-4000)).toBe(true);
		},
		300_000,
	);
});
