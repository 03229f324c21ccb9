import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, PHONE, type BrowserSession } from '../helpers/browser';
import { adminOnlyFiles, listFiles } from '../helpers/dist';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { hasGps, phonePhoto } from '../helpers/photo';
import { startStaticServer, type StaticServer } from '../helpers/static-server';
import { transferSize } from '../helpers/transfer';

/**
 * A fixture site (never published) with what editors really send: a phone photo
 * with GPS data, a future-dated item, and a body full of characters that break
 * naive pipelines. Built as of a fixed day so the future stays in the future.
 */
const NOW = '2026-11-24T10:00:00+07:00';
const HOSTILE_BODY = [
	'Trước <script>alert(1)</script> sau.',
	'',
	'Biểu thức {x} và dấu } lẻ, a < b và b > c, <b onclick="alert(2)">đậm giả</b> <img src=x onerror=alert(3)>.',
	'',
	'[Liên kết độc](javascript:alert(4)) và emoji 👨‍👩‍👧 🎉.',
	'',
	'- mục một',
	'- mục hai',
].join('\n');

let site: FixtureSite;
let server: StaticServer;
let browser: BrowserSession;
let photoBytes = 0;

beforeAll(async () => {
	site = createFixtureSite();
	const photo = await phonePhoto();
	photoBytes = photo.length;
	site.write({
		'content/media/anh-dien-thoai.jpg': photo,
		'content/news/2026-11-20-tin-co-anh.md': [
			'---',
			'title: Tin kiểm thử có ảnh',
			'description: Dữ liệu kiểm thử.',
			// Posted this morning: the newest item, so the list shows its thumbnail first.
			"date: '2026-11-24T08:00:00+07:00'",
			'author: Kiểm thử',
			'tags: [Kiểm thử]',
			'image:',
			'  src: ../media/anh-dien-thoai.jpg',
			'  alt: Ảnh kiểm thử chụp bằng điện thoại',
			'---',
			'Thân bài.',
		].join('\n'),
		'content/news/2099-01-01-tin-tuong-lai.md':
			'---\ntitle: Tin đặt ngày tương lai\ndescription: Chưa được đăng.\ndate: 2099-01-01\nauthor: Kiểm thử\n---\nChưa đến ngày.\n',
		'content/news/2026-11-25-ngay-mai.md':
			'---\ntitle: Tin ngày mai theo giờ Việt Nam\ndescription: Chưa được đăng.\ndate: 2026-11-25\nauthor: Kiểm thử\n---\nNgày mai.\n',
		'content/news/2026-11-24-noi-dung-nguy-hiem.md': `---\ntitle: "Tie\u0302\u0301u đề NFD"\ndescription: Nội dung lạ.\ndate: 2026-11-24\nauthor: Kiểm thử\n---\n${HOSTILE_BODY}\n`,
	});
	const result = site.build({ PORTAL_NOW: NOW });
	if (!result.ok) throw new Error(result.output);
	server = await startStaticServer(site.dist);
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	site?.remove();
});

describe('future-dated items', () => {
	test('are absent from every page and the feed until their day in Việt Nam', () => {
		const files = listFiles(site.dist);
		expect(files.some((file) => file.includes('tin-tuong-lai') || file.includes('ngay-mai'))).toBe(false);
		for (const file of files.filter((name) => /\.(html|xml)$/u.test(name))) {
			const text = readFileSync(join(site.dist, file), 'utf8');
			expect(text.includes('Tin đặt ngày tương lai') || text.includes('Tin ngày mai theo giờ Việt Nam'), file).toBe(false);
		}
		expect(readFileSync(join(site.dist, 'rss.xml'), 'utf8')).toContain('Tin kiểm thử có ảnh');
	});
});

describe('what an editor types stays text', () => {
	test('the script does not run and the characters show as typed', async () => {
		const page = await browser.context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(`${server.origin}/tin-tuc/2026-11-24-noi-dung-nguy-hiem/`);
		await page.waitForTimeout(500);
		expect(dialogs).toEqual([]);
		const body = await page.locator('article .prose').innerText();
		expect(body).toContain('<script>alert(1)</script>');
		expect(body).toContain('{x} và dấu } lẻ, a < b và b > c');
		expect(body).toContain('👨‍👩‍👧');
		expect(await page.locator('article .prose a[href^="javascript"]').count()).toBe(0);
		expect(await page.locator('article .prose script, article .prose [onclick], article .prose img').count()).toBe(0);
		expect(await page.locator('h1').textContent()).toBe('Tie\u0302\u0301u đề NFD'.normalize('NFC'));
		await page.close();
	});
});

describe('editor photos', () => {
	test('the test photo is a real phone-sized upload', () => {
		expect(photoBytes).toBeGreaterThan(1024 * 1024);
	});

	test('are served resized, as WebP with a JPEG fallback, with width, height and alt', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/tin-tuc/2026-11-20-tin-co-anh/`);
		const picture = page.locator('article picture');
		expect(await picture.locator('source[type="image/webp"]').getAttribute('srcset')).toMatch(/400w.*800w/u);
		const img = picture.locator('img');
		expect(await img.getAttribute('alt')).toBe('Ảnh kiểm thử chụp bằng điện thoại');
		expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
		expect(await img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
		const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(ogImage).toMatch(/\.jpg$/u);
		await page.close();
	});

	test('no file in the fixture dist/ is over 200 KB and no image keeps GPS data', async () => {
		const files = listFiles(site.dist);
		const images = files.filter((file) => /\.(jpe?g|png|webp|avif)$/iu.test(file));
		expect(images.length).toBeGreaterThanOrEqual(3);
		const admin = adminOnlyFiles(site.dist);
		for (const file of files.filter((name) => !admin.has(name)))
			expect(statSync(join(site.dist, file)).size, file).toBeLessThanOrEqual(200 * 1024);
		for (const file of images) expect(await hasGps(readFileSync(join(site.dist, file))), file).toBe(false);
	});
});

describe('what a phone downloads', () => {
	/** Every byte a fresh phone-sized browser fetches for a page, compressed as nginx serves it. */
	async function phoneTransfer(path: string): Promise<{ bytes: number; images: number }> {
		const phone = await launchBrowser(PHONE);
		try {
			server.log.length = 0;
			const page = await phone.context.newPage();
			await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
			const sent = server.log.map((entry) => transferSize(entry.path, site.dist));
			const images = server.log.filter((entry) => /\.(?:webp|jpe?g|png|avif)$/u.test(entry.path)).length;
			return { bytes: sent.reduce((sum, size) => sum + size, 0), images };
		} finally {
			await phone.close();
		}
	}

	test('the news list with a photo thumbnail stays within 64 KB, picture included', async () => {
		const { bytes, images } = await phoneTransfer('/tin-tuc/');
		expect(images).toBe(1);
		expect(bytes, `${bytes} B`).toBeLessThanOrEqual(64 * 1024);
	});

	test('a news item with its lead photo stays within 128 KB', async () => {
		const { bytes, images } = await phoneTransfer('/tin-tuc/2026-11-20-tin-co-anh/');
		expect(images).toBe(1);
		expect(bytes, `${bytes} B`).toBeLessThanOrEqual(128 * 1024);
	});
});

describe('an image format the pipeline cannot read', () => {
	test('HEIC is refused with a clear message naming the file and field', () => {
		const heic = createFixtureSite();
		try {
			heic.write({
				'content/media/anh.heic': Buffer.from('not really heic'),
				'content/news/2026-11-20-tin-heic.md':
					'---\ntitle: Tin có ảnh HEIC\ndescription: x\ndate: 2026-11-20\nauthor: Kiểm thử\nimage:\n  src: ../media/anh.heic\n  alt: Ảnh\n---\nx\n',
			});
			const result = heic.build({ PORTAL_NOW: NOW });
			expect(result.ok).toBe(false);
			expect(result.output).toContain('2026-11-20-tin-heic');
			expect(result.output).toMatch(/image\.src/u);
			expect(result.output).toContain('HEIC');
			expect(listFiles(heic.root).some((file) => file.startsWith('dist/'))).toBe(false);
		} finally {
			heic.remove();
		}
	}, 300_000);
});
