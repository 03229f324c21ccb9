import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContentFolder } from '../../src/content-check/read';
import type { ContentProblem } from '../../src/content-check';
import { parseContentFile, validate } from '../../src/content-check/parse';
import { parseCsv } from '../helpers/csv';
import { toCsv } from '../../src/lib/csv';
import { mdxSubsetPlugin } from '../../src/integrations/mdx-subset';
import { renderMarkdown } from '../../src/lib/markdown';
import { pageFacts } from '../../src/lib/site-check';
import { isPublished } from '../../src/lib/publication';
import { collectionSchemas, standaloneTools } from '../../src/schemas/collections';
import { listFiles } from '../helpers/dist';
import { createFixtureSite, writeFiles, type FixtureSite } from '../helpers/fixture-site';

/**
 * Broken content, as editors and copy-paste really produce it. Each case runs
 * through the content check the build runs (over a copy of the real content)
 * and either fails naming the file and the field, or stays inert. A few go
 * through a whole `astro build`.
 */

/** A copy of the project's content and uploads, to break one thing at a time. */
class ContentCopy {
	readonly root = mkdtempSync(join(tmpdir(), 'portal-bad-input-'));
	constructor() {
		cpSync('content', join(this.root, 'content'), { recursive: true });
		cpSync('public', join(this.root, 'public'), { recursive: true });
	}
	write(path: string, contents: string | Buffer | null): void {
		writeFiles(this.root, { [path]: contents });
	}
	edit(path: string, change: (text: string) => string): void {
		const text = readFileSync(join(this.root, path), 'utf8');
		const changed = change(text);
		if (changed === text) throw new Error(`case did not change ${path}`);
		this.write(path, changed);
	}
	check(): ContentProblem[] {
		return checkContentFolder(this.root);
	}
	remove(): void {
		rmSync(this.root, { recursive: true, force: true });
	}
}

const NEWS = 'content/news/2026-11-24-quang-ninh-ban-hanh-ke-hoach-146.md';
const TEST_NEWS = 'content/news/2026-11-20-tin-kiem-thu.md';
const INDICATOR = 'content/indicators/kiem-thu.yaml';

/** A news item written for a case, with one line changed or added. */
function newsItem(fields: Record<string, string>, body = 'Nội dung kiểm thử.'): string {
	const defaults = { title: 'Tin kiểm thử', description: 'Dữ liệu kiểm thử.', date: '2026-11-20', author: 'Kiểm thử' };
	const lines = Object.entries({ ...defaults, ...fields })
		.filter(([, value]) => value !== '')
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

/** An indicator file for a target of the Quảng Ninh 2022 plan (or another), with one result. */
function indicator(target: string, observation: string, plan = 'quang-ninh-2022', year = 2022): string {
	return [
		`plan: ${plan}`,
		`target: ${target}`,
		'observations:',
		`  - period: { kind: nam, year: ${year} }`,
		`    ${observation}`,
		'    source: ke-hoach-218-kh-ubnd-quang-ninh',
		'',
	].join('\n');
}

/** A JPEG-named file; the check reads names and sizes, not pixels. */
const smallPicture = Buffer.alloc(2048, 1);

interface FailingCase {
	name: string;
	change: (copy: ContentCopy) => void;
	file: string;
	field?: string;
	line?: number;
	message: RegExp;
}

const failingCases: FailingCase[] = [
	...['content/legal/van-ban-moi.yml', 'content/news/2026-11-20-tin.mdx', 'content/news/2026-11-20-tin.MD'].map((file): FailingCase => ({
		name: `a file no collection reads (${file.split('.').pop()})`,
		change: (copy) => copy.write(file, file.includes('news') ? newsItem({}) : 'title: Văn bản\n'),
		file,
		message: /không bộ nội dung nào đọc tệp này.*thư mục chỉ nhận content\/(?:legal\/\*\.yaml|news\/\*\*\/\*\.md)/u,
	})),
	{
		name: 'a publication day that is not on the calendar',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ date: '2026-02-30' })),
		file: TEST_NEWS,
		field: 'date',
		line: 4,
		message: /ngày giờ không hợp lệ/u,
	},
	{
		name: 'a date of issue that is not on the calendar',
		change: (copy) =>
			copy.edit('content/legal/ke-hoach-218-kh-ubnd-quang-ninh.yaml', (text) => text.replace('issued: "2021-11-03"', 'issued: 2021-02-30')),
		file: 'content/legal/ke-hoach-218-kh-ubnd-quang-ninh.yaml',
		field: 'issued',
		line: 6,
		message: /không có trên lịch/u,
	},
	{
		name: 'a date in the Vietnamese order',
		change: (copy) =>
			copy.edit('content/legal/ke-hoach-218-kh-ubnd-quang-ninh.yaml', (text) => text.replace('issued: "2021-11-03"', 'issued: 03/11/2021')),
		file: 'content/legal/ke-hoach-218-kh-ubnd-quang-ninh.yaml',
		field: 'issued',
		message: /NNNN-TT-NN/u,
	},
	{
		name: 'a reference to a plan that does not exist',
		change: (copy) => copy.edit(NEWS, (text) => text.replace('plans: [quang-ninh-2022]', 'plans: [quang-ninh-2033]')),
		file: NEWS,
		field: 'plans.0',
		message: /không có "quang-ninh-2033"/u,
	},
	{
		name: 'a document with the id of a plan',
		change: (copy) => copy.write('content/legal/quang-ninh-2022.yaml', readFileSync('content/legal/luat-ngan-sach.yaml')),
		file: 'content/legal/quang-ninh-2022.yaml',
		message: /trùng với kế hoạch/u,
	},
	{
		name: 'a percentage of 150',
		change: (copy) => copy.write(INDICATOR, indicator('xa-hoat-dong-truyen-thong', 'value: 150')),
		file: INDICATOR,
		field: 'observations.0.value',
		line: 5,
		message: /150% vượt quá 100%/u,
	},
	{
		name: 'x greater than y',
		change: (copy) =>
			copy.write(INDICATOR, indicator('xa-phuong-duoc-tuyen-truyen', 'value: 9\n    denominator: 7', 'lai-chau-2025', 2025)),
		file: INDICATOR,
		field: 'observations.0.value',
		message: /tử số lớn hơn mẫu số/u,
	},
	{
		name: 'a period outside the plan year',
		change: (copy) => copy.write(INDICATOR, indicator('xa-hoat-dong-truyen-thong', 'value: 50', 'quang-ninh-2022', 2023)),
		file: INDICATOR,
		field: 'observations.0.period.year',
		message: /không thuộc năm kế hoạch 2022/u,
	},
	{
		name: 'a target the plan does not have',
		change: (copy) => copy.write(INDICATOR, indicator('chi-tieu-khong-co', 'value: 5')),
		file: INDICATOR,
		field: 'target',
		line: 2,
		message: /không có chỉ tiêu "chi-tieu-khong-co"/u,
	},
	{
		name: 'a figure typed with a decimal comma (a malformed CSV-style value)',
		change: (copy) => copy.write(INDICATOR, indicator('xa-hoat-dong-truyen-thong', 'value: 12,5')),
		file: INDICATOR,
		field: 'observations.0.value',
		message: /mong đợi số, nhận được string/u,
	},
	{
		name: 'a picture without alt text',
		change: (copy) => {
			copy.write('content/media/anh.jpg', smallPicture);
			copy.write(TEST_NEWS, newsItem({ image: '\n  src: ../media/anh.jpg' }));
		},
		file: TEST_NEWS,
		field: 'image.alt',
		message: /bắt buộc, chưa điền/u,
	},
	{
		name: 'a picture that was never uploaded',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ image: '\n  src: ../media/khong-co.jpg\n  alt: Ảnh' })),
		file: TEST_NEWS,
		field: 'image.src',
		message: /không có tệp ảnh content\/media\/khong-co\.jpg/u,
	},
	{
		name: 'an iPhone HEIC picture',
		change: (copy) => copy.write('content/media/IMG_0001.heic', smallPicture),
		file: 'content/media/IMG_0001.heic',
		message: /HEIC của iPhone hãy chuyển sang JPEG/u,
	},
	{
		name: 'a 10 MB upload',
		change: (copy) => copy.write('public/tai-lieu/video-quay-man-hinh.pdf', Buffer.alloc(10 * 1024 * 1024)),
		file: 'public/tai-lieu/video-quay-man-hinh.pdf',
		message: /10,0 MB, vượt giới hạn 8,0 MB/u,
	},
	{
		name: 'an empty required field',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ title: '""' })),
		file: TEST_NEWS,
		field: 'title',
		line: 2,
		message: /không được để trống/u,
	},
	{
		name: 'a required field left out',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ author: '' })),
		file: TEST_NEWS,
		field: 'author',
		message: /bắt buộc, chưa điền/u,
	},
	{
		name: 'a hidden direction override pasted into a description',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ description: 'Nội dung \u202Egnởưht\u202C đảo chiều.' })),
		file: TEST_NEWS,
		line: 3,
		message: /ký tự điều khiển ẩn U\+202E/u,
	},
	{
		name: 'a locality the site does not cover',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ locality: 'ha-noi' })),
		file: TEST_NEWS,
		field: 'locality',
		message: /quang-ninh|lai-chau/u,
	},
	{
		name: 'broken PDF extraction pasted into a plan text',
		change: (copy) => copy.edit('content/plan-texts/quang-ninh-2022.mdx', (text) => text.replace('Phụ biểu số 01', 'Phụ biu s 01')),
		file: 'content/plan-texts/quang-ninh-2022.mdx',
		message: /"biu" thường là phần còn lại/u,
	},
	{
		name: 'a plan without its full text',
		change: (copy) => copy.write('content/plan-texts/lai-chau-2025.mdx', null),
		file: 'content/plans/lai-chau-2025.yaml',
		message: /thiếu toàn văn/u,
	},
	{
		name: 'a file name with capitals and marks',
		change: (copy) => copy.write('content/news/2026-11-20-Tin-Mới.md', newsItem({})),
		file: 'content/news/2026-11-20-Tin-Mới.md',
		message: /tên tệp phải là chữ thường không dấu/u,
	},
	{
		name: 'a news item in a subfolder (its address would hold a slash)',
		change: (copy) => copy.write('content/news/2026/2026-11-20-tin.md', newsItem({})),
		file: 'content/news/2026/2026-11-20-tin.md',
		message: /không trong thư mục con/u,
	},
	{
		name: 'YAML broken by a stray colon and indent',
		change: (copy) => copy.write(TEST_NEWS, '---\ntitle: Tin: kiểm thử\n  lệch: dòng\ndate: 2026-11-20\n---\nThân bài.\n'),
		file: TEST_NEWS,
		message: /YAML không hợp lệ/u,
	},
	{
		name: 'a key written twice',
		change: (copy) => copy.write(TEST_NEWS, newsItem({ title: 'Một\ntitle: Hai' })),
		file: TEST_NEWS,
		message: /YAML không hợp lệ/u,
	},
	{
		name: "a javascript: link as a document's official text",
		change: (copy) =>
			copy.edit('content/legal/luat-73-2021-qh14.yaml', (text) => `${text.trimEnd()}\nofficialText: "javascript:alert(1)"\n`),
		file: 'content/legal/luat-73-2021-qh14.yaml',
		field: 'officialText',
		message: /phải bắt đầu bằng https:\/\/ hoặc http:\/\//u,
	},
	{
		name: 'a campaign material whose file is missing',
		change: (copy) =>
			copy.edit('content/campaigns/ngay-quoc-te-phong-chong-ma-tuy.yaml', (text) =>
				text.replace(/^materials:.*$/mu, '').concat('\nmaterials:\n  - title: Tờ rơi\n    file: /tai-lieu/to-roi.pdf\n    format: pdf\n'),
			),
		file: 'content/campaigns/ngay-quoc-te-phong-chong-ma-tuy.yaml',
		field: 'materials.0.file',
		message: /không có tệp public\/tai-lieu\/to-roi\.pdf/u,
	},
];

describe('the content of this repository', () => {
	test('passes the content check with no error', () => {
		const copy = new ContentCopy();
		try {
			expect(copy.check().filter((problem) => problem.severity === 'error')).toEqual([]);
		} finally {
			copy.remove();
		}
	});
});

/** Makes the case's change in a copy of the content and finds its error, naming file and field. */
function expectRefused({ change, file, field, line, message }: FailingCase): void {
	const copy = new ContentCopy();
	try {
		change(copy);
		const errors = copy.check().filter((problem) => problem.severity === 'error');
		expect(errors, JSON.stringify(errors, null, 1)).toContainEqual(
			expect.objectContaining({ file, ...(field ? { field } : {}), ...(line ? { line } : {}), message: expect.stringMatching(message) }),
		);
	} finally {
		copy.remove();
	}
}

describe('bad input fails the check, naming the file and the field', () => {
	test.each(failingCases)('$name', expectRefused);
});

describe('a plan text holding code is refused by the MDX pipeline before anything runs', () => {
	const file = 'content/plan-texts/lai-chau-2025.mdx';
	const heading = '## I. MỤC ĐÍCH, YÊU CẦU';
	test.each([
		['an export', 'export const lay = 1', /import\/export/u],
		['an expression in an attribute', '<div data-x={globalThis.process.env} />', /thuộc tính data-x của <div> có giá trị biểu thức/u],
		['a <meta http-equiv> redirect', '<meta httpEquiv="refresh" content="0;url=https://x.invalid/" />', /thẻ <meta> không được dùng/u],
		['an event handler', '<p onClick="alert(1)">Bấm</p>', /xử lý sự kiện onClick/u],
	])('%s, naming file and line', (_name, inserted, message) => {
		const text = readFileSync(file, 'utf8');
		const changed = text.replace(heading, `${inserted}\n\n${heading}`);
		expect(changed).not.toBe(text);
		// The plugin as astro.config.mjs puts it into the MDX pipeline (dev and build).
		const compile = () => mdxToJs(changed, { fileURL: pathToFileURL(resolve(file)), mdastPlugins: [mdxSubsetPlugin] });
		expect(compile).toThrow(new RegExp(`(^|/)${file}:17:1: .*${message.source}`, 'u'));
	});
});

describe('bad input that is made harmless', () => {
	test('a dotfile in the materials folder is reported as a warning naming it', () => {
		const copy = new ContentCopy();
		try {
			copy.write('public/tai-lieu/.trang.html', '<script>alert(1)</script>');
			expect(copy.check()).toContainEqual(
				expect.objectContaining({ severity: 'warning', file: 'public/tai-lieu/.trang.html', message: expect.stringMatching(/tệp ẩn/u) }),
			);
		} finally {
			copy.remove();
		}
	});

	const schemas = collectionSchemas(standaloneTools(['quang-ninh', 'lai-chau']));
	const checkNews = (text: string) => {
		const copy = new ContentCopy();
		try {
			copy.write(TEST_NEWS, text);
			const problems = copy.check().filter((problem) => problem.file === TEST_NEWS);
			const parsed = parseContentFile(TEST_NEWS, text);
			return { problems, data: validate(parsed, schemas.news).data!, body: parsed.body };
		} finally {
			copy.remove();
		}
	};

	test('an NFD title is published in NFC, with a warning on its line', () => {
		const { problems, data } = checkNews(newsItem({ title: 'Tie\u0302\u0301u đề gõ tổ hợp' }));
		expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/NFD/u) })]);
		expect(data.title).toBe('Tiếu đề gõ tổ hợp');
		expect(data.title).toBe(data.title.normalize('NFC'));
	});

	test('a <script>, raw HTML and a javascript: link in a body stay text', () => {
		const { problems, body } = checkNews(
			newsItem({}, 'Trước <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))'),
		);
		expect(problems).toEqual([]);
		const html = renderMarkdown(body);
		expect(html).not.toMatch(/<script|<img|href="javascript:/iu);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	test('a stray { or } in a news body is printed as typed', () => {
		const { problems, body } = checkNews(newsItem({}, 'Biểu thức {x và dấu } lẻ, a < b.'));
		expect(problems).toEqual([]);
		expect(renderMarkdown(body)).toContain('Biểu thức {x và dấu } lẻ, a &lt; b.');
	});

	test('a future date passes the check and stays unpublished until its day in Việt Nam', () => {
		const { problems, data } = checkNews(newsItem({ date: '2026-11-25' }));
		expect(problems).toEqual([]);
		expect(isPublished(data, new Date('2026-11-24T23:59:59+07:00'))).toBe(false);
		expect(isPublished(data, new Date('2026-11-25T00:00:00+07:00'))).toBe(true);
	});

	test('a note that a spreadsheet would run as a formula is exported as text', () => {
		const copy = new ContentCopy();
		try {
			copy.write(INDICATOR, indicator('xa-hoat-dong-truyen-thong', `value: 50\n    note: '=HYPERLINK("http://x.invalid","bấm")'`));
			expect(copy.check().filter((problem) => problem.severity === 'error')).toEqual([]);
		} finally {
			copy.remove();
		}
		const cells = ['=HYPERLINK("http://x.invalid","bấm")', '-1+1', '@SUM(A1)', '+84 203'];
		const rows = parseCsv(toCsv([{ header: 'Ghi chú', value: (cell: string) => cell }], cells)).slice(1);
		expect(rows).toEqual(cells.map((cell) => [`'${cell}`]));
	});

	test('emoji and < > & in a title are kept', () => {
		const { problems, data } = checkNews(newsItem({ title: '"Ngày hội 🎉 <vui> & khỏe"' }));
		expect(problems).toEqual([]);
		expect(data.title).toBe('Ngày hội 🎉 <vui> & khỏe');
	});
});

describe('through a whole build, nothing is half-published', () => {
	let site: FixtureSite;
	const staleFile = 'dist/index.html';

	beforeAll(() => {
		site = createFixtureSite();
	});
	afterAll(() => site?.remove());

	/** Leaves a previous build's page in dist/, as a deploy machine would have. */
	function leaveStaleBuild(): void {
		site.write({ [staleFile]: '<!doctype html><title>bản dựng cũ</title>' });
	}

	test('a 10 MB upload stops the build before any page, and dist/ is gone', () => {
		leaveStaleBuild();
		site.write({ 'public/tai-lieu/ban-ghi-man-hinh.pdf': Buffer.alloc(10 * 1024 * 1024) });
		const result = site.build();
		site.write({ 'public/tai-lieu/ban-ghi-man-hinh.pdf': null });
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(/public\/tai-lieu\/ban-ghi-man-hinh\.pdf: tệp 10,0 MB, vượt giới hạn 8,0 MB/u);
		expect(existsSync(site.dist)).toBe(false);
	}, 120_000);

	test("one changed word in a campaign message's quote stops the build, naming the file and the field", () => {
		leaveStaleBuild();
		const file = 'content/campaigns/thang-hanh-dong-phong-chong-ma-tuy.yaml';
		const original = readFileSync(join(site.root, file), 'utf8');
		const quote = (parse(original) as { messages: { source: { quote: string } }[] }).messages[0]!.source.quote;
		const at = original.indexOf(quote, original.indexOf('\nmessages:'));
		const changed = quote.replace(/\S+$/u, 'khác');
		site.write({ [file]: `${original.slice(0, at)}${changed}${original.slice(at + quote.length)}` });
		const result = site.build();
		site.write({ [file]: original });
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(new RegExp(`${file}:\\d+: messages\\.0\\.source\\.quote: câu trích không có nguyên văn`, 'u'));
		expect(existsSync(site.dist)).toBe(false);
	}, 120_000);

	test('a stray { in a plan text (MDX) fails the build naming the file, and dist/ is gone', () => {
		leaveStaleBuild();
		const file = 'content/plan-texts/lai-chau-2025.mdx';
		const original = readFileSync(join(site.root, file), 'utf8');
		site.write({ [file]: original.replace('## I. MỤC ĐÍCH, YÊU CẦU', '## I. MỤC ĐÍCH, YÊU CẦU {') });
		const result = site.build();
		site.write({ [file]: original });
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(/content\/plan-texts\/lai-chau-2025\.mdx:17:\d+/u);
		expect(existsSync(site.dist)).toBe(false);
	}, 300_000);

	test('code in a plan text attribute fails the build naming file and line, and never runs', () => {
		leaveStaleBuild();
		const file = 'content/plan-texts/lai-chau-2025.mdx';
		const sideEffect = join(site.root, 'da-chay-ma.txt');
		const original = readFileSync(join(site.root, file), 'utf8');
		const attack = `<div data-x={globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(sideEffect)}, 'x')} />`;
		site.write({ [file]: original.replace('## I. MỤC ĐÍCH, YÊU CẦU', `${attack}\n\n## I. MỤC ĐÍCH, YÊU CẦU`) });
		const result = site.build();
		site.write({ [file]: original });
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(/content\/plan-texts\/lai-chau-2025\.mdx:17(?::\d+)?: thuộc tính data-x của <div> có giá trị biểu thức/u);
		expect(existsSync(sideEffect)).toBe(false);
		expect(existsSync(site.dist)).toBe(false);
	}, 300_000);

	test('a build killed mid-way leaves the previous dist/ untouched', async () => {
		leaveStaleBuild();
		const staging = join(site.root, '.tmp');
		const build = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: site.root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: 'ignore',
		});
		const exited = new Promise((resolveExit) => build.once('exit', resolveExit));
		// Killed once it has written part of the new site (its stylesheet and scripts).
		const writing = () => existsSync(staging) && listFiles(staging).some((file) => file.includes('/_astro/'));
		const started = Date.now();
		while (!writing() && Date.now() - started < 120_000) await new Promise((resolveWait) => setTimeout(resolveWait, 100));
		expect(writing()).toBe(true);
		build.kill('SIGTERM');
		await exited;
		expect(readFileSync(join(site.dist, 'index.html'), 'utf8')).toContain('bản dựng cũ');
		expect(listFiles(site.dist)).toEqual(['index.html']);
	}, 180_000);

	test('a link to a page that does not exist fails the build after rendering, and dist/ is gone', () => {
		site.write({ [TEST_NEWS]: newsItem({}, 'Xem [kế hoạch](/ke-hoach/khong-co/) và [mục](/ke-hoach/quang-ninh-2022/#muc-9-9).') });
		const result = site.build({ PORTAL_NOW: '2026-11-24T10:00:00+07:00' });
		site.write({ [TEST_NEWS]: null });
		expect(result.ok).toBe(false);
		expect(result.output).toContain('/tin-tuc/2026-11-20-tin-kiem-thu/: liên kết /ke-hoach/khong-co/ không tới trang nào');
		expect(result.output).toContain('trang không có mốc #muc-9-9');
		expect(existsSync(site.dist)).toBe(false);
	}, 300_000);

	test('a <script> and a stray { in a news body build, and stay text; a ">" in a description builds; hidden uploads are not published', () => {
		site.write({
			[TEST_NEWS]: newsItem(
				{ title: 'Tin có mã độc', description: 'Tỷ lệ cai nghiện > 90%' },
				'Trước <script>alert(1)</script> sau, và {x} lẻ }.',
			),
			'public/tai-lieu/.trang.html': '<script>alert(1)</script>',
			'public/tai-lieu/.cu/to-roi.pdf': '%PDF-1.4',
		});
		const result = site.build({ PORTAL_NOW: '2026-11-24T10:00:00+07:00' });
		site.write({ 'public/tai-lieu/.trang.html': null, 'public/tai-lieu/.cu': null });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).toMatch(/public\/tai-lieu\/\.trang\.html: tệp ẩn/u);
		expect(result.output).toMatch(/public\/tai-lieu\/\.cu\/to-roi\.pdf: tệp ẩn/u);
		expect(listFiles(site.dist).filter((file) => file.includes('/.') || file.startsWith('.'))).toEqual([]);
		const page = readFileSync(join(site.dist, 'tin-tuc/2026-11-20-tin-kiem-thu/index.html'), 'utf8');
		expect(page).toContain('Trước &lt;script&gt;alert(1)&lt;/script&gt; sau, và {x} lẻ }.');
		expect(page).not.toContain('alert(1)</script>');
		expect(pageFacts({ path: '/', html: page }).description).toBe('Tỷ lệ cai nghiện > 90%');
		expect(listFiles(site.dist).length).toBeGreaterThan(50);
	}, 300_000);
});

describe('refusals that used to name no file now name the file and the field', () => {
	const cases: FailingCase[] = [
		{
			name: 'a tag made only of punctuation (its address would be empty)',
			change: (copy) => copy.write(TEST_NEWS, newsItem({ tags: '["???", Cai nghiện]' })),
			file: TEST_NEWS,
			field: 'tags.0',
			message: /chủ đề/u,
		},
		{
			name: 'a YAML alias bomb',
			change: (copy) =>
				copy.write(
					TEST_NEWS,
					newsItem({
						title: 'Tin',
						a: '&a [x, x, x, x, x, x, x, x, x, x]',
						b: '&b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
						c: '&c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
						d: '&d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
						e: '[*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
					}),
				),
			file: TEST_NEWS,
			message: /YAML/u,
		},
		{
			name: 'an HTML page renamed .jpg as a news photo',
			change: (copy) => {
				copy.write('content/media/anh-gia.jpg', '<!doctype html><script>alert(1)</script>'.padEnd(2048, ' '));
				copy.write(TEST_NEWS, newsItem({ image: '\n  src: ../media/anh-gia.jpg\n  alt: Ảnh' }));
			},
			file: TEST_NEWS,
			field: 'image.src',
			message: /không phải ảnh JPEG/u,
		},
		{
			name: 'a picture in a news body that was never uploaded',
			change: (copy) => copy.write(TEST_NEWS, newsItem({}, 'Trước.\n\n![Ảnh](./x.jpg)\n')),
			file: TEST_NEWS,
			message: /x\.jpg/u,
		},
		{
			name: 'an indicator against a plan that is itself invalid',
			change: (copy) => {
				copy.edit('content/plans/quang-ninh-2022.yaml', (text) => text.replace(/^title: .*$/mu, 'title: ""'));
				copy.write(INDICATOR, indicator('xa-hoat-dong-truyen-thong', 'value: 50'));
			},
			file: INDICATOR,
			field: 'plan',
			message: /kế hoạch "quang-ninh-2022" có lỗi.*content\/plans\/quang-ninh-2022\.yaml/u,
		},
	];
	test.each(cases)('$name', expectRefused);

	test('a javascript: address as the operator URL in site.yaml', () => {
		const copy = new ContentCopy();
		try {
			copy.edit('content/site.yaml', (text) => `${text.trimEnd()}\noperator:\n  name: Cơ quan\n  url: "javascript:alert(1)"\n`);
			expect(() => copy.check()).toThrow(
				/content\/site\.yaml không hợp lệ:\n\s+- operator\.url: địa chỉ web phải bắt đầu bằng https:\/\//u,
			);
		} finally {
			copy.remove();
		}
	});
});

describe('one content check lists the MDX refusals with every other problem', () => {
	test('two refusals in a plan text and a broken news item, in one report', () => {
		const copy = new ContentCopy();
		const planText = 'content/plan-texts/lai-chau-2025.mdx';
		try {
			copy.edit(planText, (text) =>
				text.replace('## I. MỤC ĐÍCH, YÊU CẦU', '<p onClick="alert(1)">Bấm</p>\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\nexport const lay = 1\n'),
			);
			copy.write(TEST_NEWS, newsItem({ title: '""' }));
			const errors = copy.check().filter((problem) => problem.severity === 'error');
			expect(errors, JSON.stringify(errors, null, 1)).toEqual(
				expect.arrayContaining([
					expect.objectContaining({ file: planText, line: 17, message: expect.stringMatching(/xử lý sự kiện onClick/u) }),
					expect.objectContaining({ file: planText, line: 21, message: expect.stringMatching(/import\/export/u) }),
					expect.objectContaining({ file: TEST_NEWS, field: 'title' }),
				]),
			);
		} finally {
			copy.remove();
		}
	});
});
