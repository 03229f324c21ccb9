import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from './index';
import { parseContentFile } from './parse';
import { keptParser, type KeptParse } from './parse-cache';

const news = (file: string, front: string) => ({
	collection: 'news' as const,
	file: `content/news/${file}`,
	text: `---\ntitle: Tin\ndescription: Sapo.\ndate: 2026-06-01\nauthor: Ban biên tập\n${front}---\nNội dung.\n`,
});

/** Sources with a valid item, one missing a photo's description, one with broken YAML and one with a comment. */
const sources = {
	files: [
		news('2026-06-01-dung.md', ''),
		news('2026-06-01-thieu-mo-ta-anh.md', 'image:\n  src: ../media/a.jpg\n'),
		news('2026-06-01-hong.md', 'title: Lần hai\n'),
		news('2026-06-01-chu-thich.md', '# ghi chú\nwidth: .inf\n'),
	],
	uploads: [],
	localityIds: ['a'],
};

/** One build: the check with the parses kept by the last one, through a v8 round trip as on disk. */
function build(previous: Map<string, KeptParse>) {
	const next = new Map<string, KeptParse>();
	const problems = checkContent(sources, keptParser(previous, next)).map(formatProblem);
	return { problems, kept: deserialize(serialize(next)) as Map<string, KeptParse> };
}

describe('keptParser', () => {
	test('a build from kept parses reports the same problems, lines included, as one that parses everything', () => {
		const expected = checkContent(sources).map(formatProblem);
		expect(
			expected.some((problem) => /:\d+: image\.alt: /u.test(problem)),
			'một lỗi có số dòng',
		).toBe(true);
		const first = build(new Map());
		const second = build(first.kept);
		expect(first.problems).toEqual(expected);
		expect(second.problems).toEqual(expected);
		expect(second.kept.size).toBe(sources.files.length);
	});

	test('a kept parse gives the same data, comments, body and lines; a changed text or name is parsed again', () => {
		const [file] = sources.files.slice(-1);
		const kept = new Map<string, KeptParse>();
		keptParser(new Map(), kept)(file!.file, file!.text);
		const fresh = parseContentFile(file!.file, file!.text);
		const reused = keptParser(deserialize(serialize(kept)) as Map<string, KeptParse>, new Map())(file!.file, file!.text);
		expect(reused.data).toEqual(fresh.data);
		expect((reused.data as { width: number }).width).toBe(Infinity);
		expect([reused.commentLines, reused.body, reused.bodyLine]).toEqual([fresh.commentLines, fresh.body, fresh.bodyLine]);
		expect(reused.lineOf(['width'])).toBe(fresh.lineOf(['width']));

		const next = new Map<string, KeptParse>();
		const parse = keptParser(kept, next);
		expect(parse(file!.file, file!.text.replace('.inf', '3')).data).toMatchObject({ width: 3 });
		expect(parse('content/news/khac.md', file!.text).data).toMatchObject({ width: Infinity });
		// What this build parsed, not what the last one kept: a file gone falls out.
		expect([...next.keys()].some((key) => kept.has(key))).toBe(false);
	});
});
