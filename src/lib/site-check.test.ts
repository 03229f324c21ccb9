import { describe, expect, test } from 'vitest';
import { checkBuiltSite, pageFacts, resolveSitePath } from './site-check';

const origin = 'https://cong.example';
const files = new Set(['index.html', 'a/index.html', 'b/in/index.html', 'so-lieu/x.csv', '_astro/site.css']);
const page = (path: string, body: string, title = `Trang ${path}`, description = `Mô tả ${path}`) => ({
	path,
	html: `<!doctype html><html><head><title>${title}</title><meta name="description" content="${description}"><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`,
});
const check = (...pages: ReturnType<typeof page>[]) =>
	checkBuiltSite(pages.map(pageFacts), { origin, files, mayRepeat: (path) => path.endsWith('/in/') }).map(
		(problem) => `${problem.page}: ${problem.message}`,
	);

describe('reading built HTML', () => {
	test('reads attributes, anchors, title and description, entities decoded', () => {
		const facts = pageFacts(
			page('/', '<a href="/a/?q=1&amp;p=2" rel="noopener">x</a><A HREF="/b"><h2 id="muc-1">x</h2><a name="cu">', 'A &amp; B', 'C'),
		);
		expect(facts.links).toEqual([
			{ href: '/a/?q=1&p=2', rel: 'noopener' },
			{ href: '/b', rel: undefined },
		]);
		expect([...facts.anchors]).toEqual(['muc-1', 'cu']);
		expect({ title: facts.title, description: facts.description }).toEqual({ title: 'A & B', description: 'C' });
	});

	test('a ">" inside an attribute does not end the tag (issue 14: "tỷ lệ > 90%" in a description)', () => {
		const built = page('/', '<a href="/a/" title="x > y" rel="noopener">a</a>', 'Tỷ lệ > 90%', 'Tỷ lệ cai nghiện > 90% & hơn');
		const facts = pageFacts(built);
		expect({ title: facts.title, description: facts.description }).toEqual({
			title: 'Tỷ lệ > 90%',
			description: 'Tỷ lệ cai nghiện > 90% & hơn',
		});
		expect(facts.links).toEqual([{ href: '/a/', rel: 'noopener' }]);
		expect(check(built, page('/a/', ''))).toEqual([]);
	});

	test('resolves site paths to built files', () => {
		expect(resolveSitePath('/', files)).toBe('index.html');
		expect(resolveSitePath('/a', files)).toBe('a/index.html');
		expect(resolveSitePath('/so-lieu/x.csv', files)).toBe('so-lieu/x.csv');
		expect(resolveSitePath('/c/', files)).toBeUndefined();
	});
});

describe('checkBuiltSite', () => {
	test('passes a site whose links, anchors and loads all land', () => {
		expect(
			check(
				page(
					'/',
					'<a href="/a/#muc-1">a</a> <a href="a/">a</a> <a href="/so-lieu/x.csv">csv</a> <a href="https://cong.example/a/">abs</a> <a href="tel:111">111</a> <a href="https://w3.org/" rel="noopener">w3</a>',
				),
				page('/a/', '<h2 id="muc-1">1</h2><a href="#muc-1">lên</a>'),
				page('/b/in/', '', 'Trang /a/', 'Mô tả /a/'),
			),
		).toEqual([]);
	});

	test('names the page of a link to nowhere, a missing anchor, an unsafe external link and a foreign load', () => {
		expect(
			check(
				page(
					'/',
					'<a href="/c/">c</a> <a href="/a/#muc-9">a</a> <a href="https://w3.org/">w3</a> <a href="javascript:alert(1)">x</a> <img src="https://cdn.example/x.png" alt="">',
				),
				page('/a/', '<h2 id="muc-1">1</h2>'),
			),
		).toEqual([
			'/: liên kết /c/ không tới trang nào',
			'/: liên kết /a/#muc-9: trang không có mốc #muc-9',
			'/: liên kết ra ngoài https://w3.org/ thiếu rel="noopener"',
			'/: liên kết "javascript:alert(1)" không phải http(s)',
			'/: tải https://cdn.example/x.png từ nơi khác',
		]);
	});

	test('refuses a repeated or missing title or description, except on pages allowed to repeat', () => {
		expect(
			check(page('/', '', 'Một', 'Hai'), page('/a/', '', 'Một', 'Hai'), page('/b/in/', '', 'Một', 'Hai'), page('/c/', '', ' ', '')),
		).toEqual([
			'/a/: tiêu đề trùng với trang /: "Một"',
			'/a/: mô tả trùng với trang /: "Hai"',
			'/c/: trang không có tiêu đề (<title>)',
			'/c/: trang không có mô tả (meta description)',
		]);
	});
});
