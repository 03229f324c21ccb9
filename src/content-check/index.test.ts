import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { entryId } from './context';
import { checkContent, formatProblem } from './index';
import { parseContentFile, validate } from './parse';
import { MAX_TEXT_BYTES, proseOfMdx } from './text';
import { uploadProblems } from './uploads';
import { monthDay } from '../schemas/fields';

describe('parseContentFile', () => {
	test('reads YAML 1.2: an impossible date stays a string instead of rolling over', () => {
		expect(parseContentFile('a.yaml', 'issued: 2021-02-30\n').data).toEqual({ issued: '2021-02-30' });
	});

	test('finds the line of a field in front matter, and of its nearest parent when it is missing', () => {
		const parsed = parseContentFile('content/news/a.md', '---\ntitle: A\nimage:\n  src: a.jpg\n---\nBody\n');
		expect(parsed.lineOf(['title'])).toBe(2);
		expect(parsed.lineOf(['image', 'src'])).toBe(4);
		expect(parsed.lineOf(['image', 'alt'])).toBe(3);
		expect(parsed.body).toBe('Body\n');
		expect(parsed.bodyLine).toBe(6);
	});

	test('finds YAML comments with their lines, in front matter too, and not a # inside a string or a block', () => {
		expect(parseContentFile('a.yaml', '# đầu tệp\nx: "#1"\ny: |\n  # chữ\nz: 1 # cuối dòng\n').commentLines).toEqual([1, 5]);
		expect(parseContentFile('content/news/a.md', '---\ntitle: A\n# ghi chú\n---\n# Tiêu đề trong bài\n').commentLines).toEqual([3]);
	});

	test('reports broken YAML with its line in the file', () => {
		const parsed = parseContentFile('a.md', '---\ntitle: A\ntitle: B\n---\n');
		expect(parsed.data).toBeUndefined();
		expect(parsed.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/^YAML không hợp lệ/u) })]);
	});
});

describe('validate', () => {
	test('names the field and its line, in Vietnamese', () => {
		const parsed = parseContentFile('a.yaml', 'title: 5\n');
		const { problems } = validate(parsed, z.object({ title: z.string(), year: z.number() }));
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^a\.yaml:1: title: Đầu vào không hợp lệ: mong đợi/u),
			'a.yaml:1: year: bắt buộc, chưa điền',
		]);
	});
});

describe('proseOfMdx', () => {
	test('keeps the words and the lines, drops tags, link targets, marks and escapes', () => {
		expect(proseOfMdx('<p className="x">Số: 1</p>\n## 2\\. Mục [văn bản](/van-ban/a/) **đậm**').split('\n')).toEqual([
			expect.stringMatching(/^\s*Số: 1\s*$/u),
			expect.stringMatching(/^\s*2\. Mục\s+văn bản\s+đậm\s*$/u),
		]);
	});
});

describe('uploads', () => {
	test('accept the listed formats within the limit, and refuse the rest with a reason', () => {
		expect(uploadProblems({ file: 'content/media/a.jpg', bytes: 5_000_000 })).toEqual([]);
		expect(uploadProblems({ file: 'content/media/a.HEIC', bytes: 1000 })[0]!.message).toMatch(/HEIC/u);
		expect(uploadProblems({ file: 'public/tai-lieu/a.exe', bytes: 1000 })[0]!.message).toMatch(/\.exe không được nhận/u);
		expect(uploadProblems({ file: 'public/tai-lieu/a.pdf', bytes: 9 * 1024 * 1024 })[0]!.message).toMatch(/9,0 MB/u);
		expect(uploadProblems({ file: 'public/favicon.svg', bytes: 1 })).toEqual([]);
		expect(uploadProblems({ file: 'public/tai-lieu/.gitkeep', bytes: 0 })).toEqual([]);
		for (const file of ['public/tai-lieu/.trang.html', 'public/tai-lieu/.cu/a.pdf', 'content/media/.DS_Store']) {
			expect(uploadProblems({ file, bytes: 1 })).toEqual([
				expect.objectContaining({ severity: 'warning', file, message: expect.stringMatching(/tệp ẩn/u) }),
			]);
		}
	});
});

describe('checkContent', () => {
	test('takes entry ids from paths inside the collection folder', () => {
		expect(entryId('news', 'content/news/2025/a-b.md')).toBe('2025/a-b');
	});

	test('warns, naming file and line, of a comment in a file the CMS saves (a save drops it)', () => {
		const file = 'content/indicators/x.yaml';
		const problems = checkContent({
			files: [{ collection: 'indicators', file, text: 'plan: a\n# lưu ý\n' }],
			uploads: [],
			localityIds: ['a'],
		});
		expect(problems).toContainEqual(
			expect.objectContaining({ severity: 'warning', file, line: 2, message: expect.stringMatching(/chú thích/u) }),
		);
	});

	test('reports a reference to a missing entry with its file, line and field', () => {
		const problems = checkContent({
			files: [{ collection: 'indicators', file: 'content/indicators/x.yaml', text: 'plan: khong-co\ntarget: a\nobservations: []\n' }],
			uploads: [],
			localityIds: ['a'],
		});
		expect(problems.map(formatProblem)).toContain('content/indicators/x.yaml:1: plan: không có "khong-co" trong mục plans');
	});

	test('refuses a file over the size limit, naming it, before reading its data; one at the limit passes that check', () => {
		const news = (bytes: number) => {
			const head = '---\ntitle: Tin\n---\n';
			return { collection: 'news' as const, file: 'content/news/dai.md', text: head + 'a'.repeat(bytes - head.length) };
		};
		const sizeErrors = (bytes: number) =>
			checkContent({ files: [news(bytes)], uploads: [], localityIds: ['a'] }).filter((problem) => /quá giới hạn/u.test(problem.message));
		expect(sizeErrors(MAX_TEXT_BYTES + 1)).toEqual([
			{ severity: 'error', file: 'content/news/dai.md', message: expect.stringMatching(/tệp dài 513 KB, quá giới hạn 512 KB/u) },
		]);
		expect(
			checkContent({ files: [news(MAX_TEXT_BYTES + 1)], uploads: [], localityIds: ['a'] }).filter((p) => p.file === 'content/news/dai.md'),
		).toHaveLength(1);
		expect(sizeErrors(MAX_TEXT_BYTES)).toEqual([]);
	});

	test('reports a file no collection reads, naming it and what the folder takes', () => {
		const problems = checkContent({
			files: [],
			uploads: [],
			unread: [{ file: 'content/legal/a.yml', pattern: 'content/legal/*.yaml' }],
			localityIds: ['a'],
		});
		expect(problems.filter((problem) => problem.file === 'content/legal/a.yml').map(formatProblem)).toEqual([
			'content/legal/a.yml: không bộ nội dung nào đọc tệp này nên nó không được đăng (thư mục chỉ nhận content/legal/*.yaml)',
		]);
	});
});

describe('what the CMS form refuses, the check refuses too, naming file and field', () => {
	const news = (front: string) => ({
		collection: 'news' as const,
		file: 'content/news/2026-06-01-tin.md',
		text: `---\ntitle: Tin\ndescription: Sapo.\ndate: 2026-06-01\nauthor: Ban biên tập\n${front}---\nNội dung.\n`,
	});
	const check = (...files: ReturnType<typeof news>[]) => checkContent({ files, uploads: [], localityIds: ['a'] }).map(formatProblem);

	test('a photo without its description', () => {
		expect(check(news('image:\n  src: ../media/a.jpg\n'))).toContainEqual(
			expect.stringMatching(/^content\/news\/2026-06-01-tin\.md:\d+: image\.alt: /u),
		);
	});

	test('a news item without a photo is complete', () => {
		expect(check(news('')).filter((problem) => problem.includes('image'))).toEqual([]);
	});

	test.each(['02-30', '02-31', '04-31', '06-31', '09-31', '11-31', '13-01', '00-10'])('the day %s, which no year has', (day) => {
		const { problems } = validate(parseContentFile('content/campaigns/c.yaml', `start: "${day}"\n`), z.object({ start: monthDay() }));
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/campaigns\/c\.yaml:1: start: .*có trên lịch/u)]);
	});

	test.each(['01-31', '02-28', '02-29', '04-30', '06-26', '12-31'])('the day %s is accepted', (day) => {
		expect(validate(parseContentFile('c.yaml', `start: "${day}"\n`), z.object({ start: monthDay() })).problems).toEqual([]);
	});
});
