import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSiteConfig, siteAddress } from '../../src/config/site';
import { checkBuiltFolder } from '../../src/integrations/site-check';
import { readYaml } from '../helpers/content';
import { assertBuilt, DIST, listFiles, listPages, loadPage, readDist, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

describe('foundation pages', () => {
	test.each(['/', '/gioi-thieu/', '/tuyen-bo-tiep-can/', '/404.html'])('%s exists with one h1, a title and a description', (path) => {
		const document = loadPage(path);
		expect(document.querySelectorAll('h1')).toHaveLength(1);
		expect(textOf(document.querySelector('title'))).not.toBe('');
		expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
		expect(document.documentElement.getAttribute('lang')).toBe('vi');
	});

	test('every page has a skip link to the main landmark, and landmarks (print pages have only main)', () => {
		for (const path of listPages()) {
			const document = loadPage(path);
			if (document.body.classList.contains('print-page')) {
				expect(document.querySelector('main'), path).not.toBeNull();
				expect(document.querySelector('header, nav, .help-strip, footer'), `${path} in ra không có điều hướng`).toBeNull();
				continue;
			}
			expect(document.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#noi-dung');
			expect(document.querySelector('main#noi-dung'), path).not.toBeNull();
			expect(document.querySelector('header'), path).not.toBeNull();
			expect(document.querySelector('footer'), path).not.toBeNull();
		}
	});

	test('the footer gives the emergency numbers as tap-to-call links, 111 labelled as the child-protection line', () => {
		const footer = loadPage('/').querySelector('footer')!;
		const calls = [...footer.querySelectorAll('a[href^="tel:"]')].map(
			(link) => `${link.getAttribute('href')} ${textOf(link.parentElement)}`,
		);
		expect(calls).toEqual(['tel:113 113 Công an', 'tel:115 115 Cấp cứu y tế', 'tel:111 111 Tổng đài quốc gia bảo vệ trẻ em']);
	});

	test('while no operator is set, footer and about page say this is a demonstration portal', () => {
		expect(textOf(loadPage('/').querySelector('footer'))).toContain('Đây là cổng thông tin trình diễn');
		expect(textOf(loadPage('/gioi-thieu/').querySelector('main'))).toContain('Đây là cổng thông tin trình diễn');
	});

	test('empty contact fields show no label', () => {
		const footer = textOf(loadPage('/').querySelector('footer'));
		for (const label of ['Địa chỉ:', 'Điện thoại:', 'Thư điện tử:']) expect(footer).not.toContain(label);
	});

	test('the footer links the accessibility statement and states the licence', () => {
		const footer = loadPage('/').querySelector('footer')!;
		expect(footer.querySelector('a[href="/tuyen-bo-tiep-can/"]')).not.toBeNull();
		expect(footer.querySelector('a[rel~="license"]')?.getAttribute('href')).toContain('creativecommons.org/licenses/by/4.0');
	});

	test('the header search is a GET form to /tim-kiem/ with a labelled q field', () => {
		const document = loadPage('/gioi-thieu/');
		const form = document.querySelector('header form[role="search"]')!;
		expect(form.getAttribute('action')).toBe('/tim-kiem/');
		expect(form.getAttribute('method')).toBe('get');
		const input = form.querySelector('input[name="q"]')!;
		expect(document.querySelector(`label[for="${input.getAttribute('id')}"]`)).not.toBeNull();
	});

	test('inline words do not run together (Astro compressHTML)', () => {
		const raw = (selector: string) => (loadPage('/').querySelector(selector)?.textContent ?? '').replace(/\s+/gu, ' ');
		expect(raw('.help-strip')).toContain('Gọi: 113 Công an 115 Cấp cứu y tế 111 Tổng đài');
		expect(raw('footer')).toContain('113 Công an');
		expect(raw('footer')).toContain('Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0). Toàn văn');
	});
});

describe('discoverability', () => {
	test('canonical URL, Open Graph defaults and feed autodiscovery on every page', () => {
		for (const path of listPages().filter((page) => page !== '/404.html')) {
			const document = loadPage(path);
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(/^https?:\/\//u);
			if (document.body.classList.contains('print-page')) continue;
			expect(document.querySelector('meta[property="og:title"]'), path).not.toBeNull();
			expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe('/rss.xml');
		}
	});

	test('robots.txt keeps the CMS out and points to the sitemap', () => {
		const robots = readDist('/robots.txt');
		expect(robots).toMatch(/Disallow: \/admin\//u);
		expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/u);
	});

	test('the sitemap lists the pages and not the 404 page or the CMS', () => {
		const sitemap = listFiles()
			.filter((file) => /^sitemap-\d+\.xml$/u.test(file))
			.map((file) => readDist(`/${file}`))
			.join('');
		expect(sitemap).toContain('/gioi-thieu/</loc>');
		expect(sitemap).not.toContain('404');
		expect(sitemap).not.toContain('/admin/');
	});

	test('every sitemap entry has a lastmod from the content: a news item its posting day, a plan its date of issue', () => {
		const parser = new XMLParser();
		const entries = listFiles()
			.filter((file) => /^sitemap-\d+\.xml$/u.test(file))
			.flatMap((file) => [parser.parse(readDist(`/${file}`)).urlset.url].flat() as { loc: string; lastmod?: string }[]);
		expect(entries.length).toBeGreaterThan(50);
		for (const entry of entries) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/u);
		const lastmod = (path: string) => entries.find((entry) => new URL(entry.loc).pathname === path)?.lastmod?.slice(0, 10);
		const item = listFiles('content/news').find((file) => file.endsWith('.md'))!;
		const posted = /^date: ["']?(\d{4}-\d{2}-\d{2})/mu.exec(readFileSync(`content/news/${item}`, 'utf8'))![1];
		expect(lastmod(`/tin-tuc/${item.replace(/\.md$/u, '')}/`)).toBe(posted);
		expect(lastmod('/ke-hoach/quang-ninh-2022/')).toBe(readYaml<{ issued: string }>('content/plans/quang-ninh-2022.yaml').issued);
		// A page built from many entries takes the newest date the content gives, never the build's day.
		const newest = entries
			.map((entry) => entry.lastmod!)
			.sort()
			.at(-1);
		expect(lastmod('/')).toBe(newest!.slice(0, 10));
		const index = new XMLParser().parse(readDist('/sitemap-index.xml'));
		expect([index.sitemapindex.sitemap].flat()[0].lastmod).toBe(newest);
	});

	test('a favicon is served', () => {
		expect(readDist('/favicon.svg')).toContain('<svg');
	});
});

describe('no third party', () => {
	test('no page loads anything from another origin', () => {
		for (const path of listPages()) {
			const html = readDist(path);
			const external = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]+"/gu)]
				.map((match) => match[0])
				.filter((tag) => !/rel="(?:canonical|alternate|license[^"]*)"/u.test(tag));
			expect(external, path).toEqual([]);
		}
	});

	test('the stylesheets load no font or image from elsewhere', () => {
		for (const file of listFiles().filter((name) => name.endsWith('.css'))) {
			expect(readFileSync(`dist/${file}`, 'utf8'), file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//u);
		}
	});
});

describe('the built site as a whole', () => {
	test('passes the site check the build runs: links, anchors, safe external links, unique titles and descriptions', async () => {
		expect(await checkBuiltFolder(DIST, siteAddress(loadSiteConfig()))).toEqual([]);
	});

	test('every page and feed is in NFC, whatever the keyboard produced', () => {
		for (const file of listFiles().filter((name) => /\.(?:html|xml|json|csv|ics)$/u.test(name) && !name.startsWith('pagefind/'))) {
			const text = readFileSync(`dist/${file}`, 'utf8');
			expect(text === text.normalize('NFC'), file).toBe(true);
		}
	});
});
