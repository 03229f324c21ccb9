import { beforeAll, describe, expect, test } from 'vitest';
import { REDIRECTS } from '../../src/lib/deploy-config';
import { firstPageAlias, routes } from '../../src/lib/routes';
import { normaliseForQuote } from '../../src/lib/quotes';
import { readYaml } from '../helpers/content';
import { contentClaims } from '../helpers/content-claims';
import { assertBuilt, listFiles, listPages, loadPage, readDist, textOf } from '../helpers/dist';
import { skipBecause } from '../helpers/skip';

beforeAll(assertBuilt);

/** Every claim of the content, found through the model (tests/helpers/content-claims.ts). */
const claims = contentClaims();

const plans = new Map(
	listFiles('content/plans').map((file) => {
		const plan = readYaml<{ year: number; locality: string; targets: { id: string }[] }>(`content/plans/${file}`);
		return [file.replace(/\.yaml$/u, ''), plan];
	}),
);
const localities = new Map(
	readYaml<{ localities: { id: string; name: string }[] }>('content/site.yaml').localities.map((l) => [l.id, l.name]),
);

const campaigns = listFiles('content/campaigns')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
/** What a campaign prints and broadcasts: its print sheets, its loudspeaker script, its calendar. */
const campaignMaterial = (id: string) => [
	`chien-dich/${id}/in/index.html`,
	`chien-dich/${id}/loa-truyen-thanh.txt`,
	`chien-dich/${id}.ics`,
];

/** Every claim the built pages show: its sentence, its kind, and the source line or mark beside it. */
const shown = listPages().flatMap((path) =>
	[...loadPage(path).querySelectorAll('.claim')].map((element) => ({
		path,
		text: normaliseForQuote(textOf(element.querySelector('.claim-text'))),
		kind: element.getAttribute('data-claim'),
		source: textOf(element.querySelector(':scope > .claim-source')),
		editorialMark: element.querySelector(':scope > .claim-editorial') !== null,
	})),
);

describe('every claim-bearing field of the content', () => {
	// Which kinds of entry hold claims, and how many, is the demo's (tests/demo/claims.test.ts).
	if (claims.length === 0) skipBecause('nội dung không có câu nào cần nguồn (chiến dịch, nơi hỗ trợ, mục của trang)');

	test.each(claims)('$where has a source with its quote, or is marked as editorial wording', ({ claim }) => {
		if (claim.editorial) {
			expect(claim.source).toBeUndefined();
			return;
		}
		expect(claim.source).toBeDefined();
		const source = claim.source!;
		if (source.plan) expect([source.section, source.quote].every((value) => value && value.length > 0)).toBe(true);
		else if (source.legal) expect(source.quote).toBeTruthy();
		else expect(source.national).toBeDefined();
	});

	test.each(claims)('$where is shown with its source (whose plan, which year, which section) or as editorial', ({ claim }) => {
		const matches = shown.filter((element) => element.text === normaliseForQuote(claim.text));
		expect(matches.length, 'the sentence is on a page').toBeGreaterThan(0);
		for (const element of matches) {
			if (claim.editorial) {
				expect(element.kind, element.path).toBe('editorial');
				expect(element.editorialMark, element.path).toBe(true);
			} else if (claim.source?.plan) {
				const plan = plans.get(claim.source.plan.id)!;
				expect(element.kind, element.path).toBe('plan');
				expect(element.source, element.path).toMatch(
					new RegExp(`^Theo kế hoạch năm ${plan.year} của ${localities.get(plan.locality)}, (mục|phần) `, 'u'),
				);
			} else {
				expect(element.kind, element.path).toBe(claim.source?.legal ? 'legal' : 'national');
				expect(element.source, element.path).not.toBe('');
			}
		}
	});

	if (campaigns.length === 0) skipBecause('nội dung không có chiến dịch: không có lời phát thanh nào để đối chiếu nguồn');
	test.each(campaigns)('%s: every loudspeaker line is printed with its source, or marked as the portal’s own words', (id) => {
		const script = readDist(`/chien-dich/${id}/loa-truyen-thanh.txt`).split('\r\n');
		const lines = readYaml<{ loudspeakerScript: { text: string; editorial?: boolean }[] }>(
			`content/campaigns/${id}.yaml`,
		).loudspeakerScript;
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) {
			const at = script.indexOf(line.text);
			expect(at, `${id}: ${line.text}`).toBeGreaterThan(-1);
			expect(script[at + 1], `${id}: ${line.text}`).toMatch(
				line.editorial ? /^\[Lời của cổng/u : /^\[(Theo kế hoạch năm \d{4} của |Nguồn: )/u,
			);
		}
	});
});

describe('sources that resolve: this copy has no public address', () => {
	/** What is printed, exported or broadcast: print pages (their text), data files, calendars, scripts. */
	const material = listFiles().filter(
		(file) =>
			(/\.(?:csv|ics|txt)$/u.test(file) && file !== 'robots.txt') ||
			(file.startsWith('so-lieu/') && file.endsWith('.json')) ||
			/\/in\/index\.html$/u.test(file),
	);
	// Calendar lines are folded at 75 octets: unfolded, they read as written.
	const unfold = (text: string) => text.replace(/\r\n[ \t]/gu, '');
	const readable = (file: string) =>
		file.endsWith('.html') ? textOf(loadPage(`/${file}`.replace(/index\.html$/u, '')).querySelector('main')) : unfold(readDist(`/${file}`));

	test('no printed, exported or broadcast file cites an address', () => {
		// Every campaign's sheets, script and calendar, every target's data files and the news cadence's.
		const datasets = [...plans].flatMap(([plan, { targets }]) => targets.map((target) => `${plan}-${target.id}`));
		const expected = [
			...campaigns.flatMap(campaignMaterial),
			...[...datasets, 'nhip-dang-tin'].flatMap((id) => [`so-lieu/${id}.csv`, `so-lieu/${id}.json`]),
		];
		expect(material).toEqual(expect.arrayContaining(expected));
		for (const file of material.filter((name) => !name.startsWith('ke-hoach/'))) {
			expect(readable(file), file).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/[^\s"]*\/(?:chien-dich|so-lieu|ke-hoach)\//u);
		}
	});

	test('print pages, scripts, calendars and data files say they are a demonstration', () => {
		const samples = [...campaigns.flatMap(campaignMaterial), 'so-lieu/nhip-dang-tin.json'];
		for (const file of samples) expect(readable(file), file).toMatch(/Bản trình diễn/u);
	});

	test('canonical links, the feed and the sitemap keep an absolute address', () => {
		expect(loadPage('/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//u);
		expect(readDist('/rss.xml')).toMatch(/<link>https?:\/\/[^<]+\/<\/link>/u);
		expect(readDist('/sitemap-0.xml')).toMatch(/<loc>https?:\/\//u);
	});
});

// The demo's own renamed news are checked with the demo (tests/demo/redirects.test.ts).
test('the address people guess for the first page of the news leads to the news list, which exists', () => {
	const from = firstPageAlias(routes.news);
	expect(REDIRECTS).toContainEqual({ from, to: routes.news });
	expect(() => readDist(routes.news)).not.toThrow();
	expect(() => readDist(from), `${from} is no page of its own`).toThrow();
});
