import { describe, expect, test } from 'vitest';
import { assignSectionAnchors, mdxBlocks, planSections, sectionHeadings, sectionLabels, tableOfContents, type TextBlock } from './sections';

const plan: TextBlock[] = [
	{ tag: 'p', text: 'Thực hiện Luật…', id: 'can-cu' },
	{ tag: 'h2', text: 'I. MỤC TIÊU, CHỈ TIÊU' },
	{ tag: 'h3', text: '1. Mục tiêu chung' },
	{ tag: 'p', text: 'Tăng cường sự lãnh đạo…' },
	{ tag: 'h3', text: '2. Các chỉ tiêu chủ yếu' },
	{ tag: 'p', text: '2.4. Cai nghiện ma tuý cho 900 lượt người…' },
	{ tag: 'h2', text: 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM' },
	{ tag: 'p', text: '6. Nâng cao vai trò…' },
	{ tag: 'h2', text: 'III. NHIỆM VỤ' },
	{ tag: 'h3', text: '1. Mục tiêu' },
	{ tag: 'h4', text: 'a) Mục tiêu chung:' },
	{ tag: 'p', text: 'a) not a heading, so not an anchor' },
	{ tag: 'p', text: '- 100% số người nghiện…' },
];

describe('assignSectionAnchors', () => {
	test('derives anchors from the document numbering', () => {
		expect(assignSectionAnchors(plan)).toEqual([
			'can-cu',
			'phan-i',
			'muc-i-1',
			undefined,
			'muc-i-2',
			'muc-2-4',
			'phan-ii',
			'muc-ii-6',
			'phan-iii',
			'muc-iii-1',
			'muc-iii-1-a',
			undefined,
			undefined,
		]);
	});

	test('numbers outside any part stay short', () => {
		expect(assignSectionAnchors([{ tag: 'p', text: '3. Một mục' }])).toEqual(['muc-3']);
	});

	test('a repeated number fails, naming the section', () => {
		expect(() =>
			assignSectionAnchors([
				{ tag: 'p', text: '2.4. Một' },
				{ tag: 'p', text: '2.4. Hai' },
			]),
		).toThrow(/muc-2-4.*2\.4\. Hai/u);
	});

	test('a roman numeral in a paragraph is not a part', () => {
		expect(assignSectionAnchors([{ tag: 'p', text: 'V. không phải tiêu đề' }])).toEqual([undefined]);
	});
});

test('tableOfContents lists anchored headings and numbered paragraphs, not explicit ids', () => {
	expect(tableOfContents(plan).slice(0, 5)).toEqual([
		{ anchor: 'phan-i', label: 'I. MỤC TIÊU, CHỈ TIÊU', depth: 1 },
		{ anchor: 'muc-i-1', label: '1. Mục tiêu chung', depth: 2 },
		{ anchor: 'muc-i-2', label: '2. Các chỉ tiêu chủ yếu', depth: 2 },
		{ anchor: 'muc-2-4', label: '2.4. Cai nghiện ma tuý cho 900 lượt người…', depth: 3 },
		{ anchor: 'phan-ii', label: 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', depth: 1 },
	]);
});

test('a long numbered paragraph is cut on a word for the table of contents', () => {
	const [entry] = tableOfContents([{ tag: 'p', text: `1. ${'cai nghiện '.repeat(20)}` }]);
	expect(entry!.label.length).toBeLessThanOrEqual(91);
	expect(entry!.label.endsWith('…')).toBe(true);
});

test('mdxBlocks reads headings, unescapes numbers and skips JSX and lists', () => {
	const source =
		'<div className="doc-head">\n<p>x</p>\n</div>\n\n## I. MỤC TIÊU\n\n1\\. Triển khai\nthực hiện\n\n- một\n- hai\n\n#### a) Mục tiêu chung:';
	expect(mdxBlocks(source)).toEqual([
		{ tag: 'h2', text: 'I. MỤC TIÊU' },
		{ tag: 'p', text: '1. Triển khai thực hiện' },
		{ tag: 'h4', text: 'a) Mục tiêu chung:' },
	]);
});

test('sectionHeadings gives each section its number as readers cite it, and its depth', () => {
	expect(
		sectionHeadings(plan)
			.filter((heading) => heading !== undefined)
			.map((heading) => `${heading.anchor} ${heading.level} ${heading.label}`),
	).toEqual([
		'can-cu 1 can-cu',
		'phan-i 1 phần I',
		'muc-i-1 2 mục I.1',
		'muc-i-2 2 mục I.2',
		'muc-2-4 3 mục I.2.4',
		'phan-ii 1 phần II',
		'muc-ii-6 2 mục II.6',
		'phan-iii 1 phần III',
		'muc-iii-1 2 mục III.1',
		'muc-iii-1-a 3 mục III.1 a)',
	]);
});

describe('planSections', () => {
	const source = [
		'<div className="doc-head">\n<p className="doc-number">Số: 1/KH-UBND</p>\n</div>',
		'<div id="can-cu">',
		'Thực hiện [Luật số 73/2021/QH14](/van-ban/luat/) ngày 30/3/2021.',
		'</div>',
		'## I. MỤC TIÊU',
		'### 2. Các chỉ tiêu',
		'2.1. Đảm bảo **100%** các huyện.',
		'2.2. Hằng tuần có ít nhất 02 bài\nhoặc tin.',
		'## II. NHIỆM VỤ',
		'4\\. Triển khai, cụ thể:',
		'- Hướng dẫn thủ tục cai nghiện *(nếu có)*.\n- Rà soát số liệu.',
		'6\\. Nâng cao vai trò:',
		'<TextGap />',
		'<div className="doc-footer">\n<div id="noi-nhan">',
		'Nơi nhận:',
		'- Sở Lao động;',
		'</div>\n<div id="ky">',
		'Trần Văn A',
		'</div>\n</div>',
	].join('\n\n');
	const sections = planSections(source);
	const text = (anchor: string) => sections.get(anchor)?.text;

	test('a numbered section holds its paragraphs and lists, marks and link targets dropped', () => {
		expect(text('muc-ii-4')).toBe('4. Triển khai, cụ thể: Hướng dẫn thủ tục cai nghiện (nếu có). Rà soát số liệu.');
		expect(text('muc-2-2')).toBe('2.2. Hằng tuần có ít nhất 02 bài hoặc tin.');
	});

	test('a section holds its sub-sections and stops at the next one of its level', () => {
		expect(text('muc-i-2')).toBe('2. Các chỉ tiêu 2.1. Đảm bảo 100% các huyện. 2.2. Hằng tuần có ít nhất 02 bài hoặc tin.');
		expect(text('phan-i')).not.toContain('Triển khai');
		expect(text('muc-ii-6')).toBe('6. Nâng cao vai trò:');
	});

	test('a <div id> holds what the div holds, and the JSX around it is not prose', () => {
		expect(text('can-cu')).toBe('Thực hiện Luật số 73/2021/QH14 ngày 30/3/2021.');
		expect(text('noi-nhan')).toBe('Nơi nhận: Sở Lao động;');
		expect(text('ky')).toBe('Trần Văn A');
		expect([...sections.values()].some((section) => section.text.includes('Số: 1/KH-UBND'))).toBe(false);
	});

	test('labels are the ones readers cite', () => {
		expect(sections.get('muc-2-2')?.label).toBe('mục I.2.2');
		expect(sections.get('can-cu')?.label).toBe('phần căn cứ');
	});

	test('sectionLabels names a sub-item with its part, which its anchor alone cannot', () => {
		const label = sectionLabels(source);
		expect(label('muc-2-2')).toBe('mục I.2.2');
		expect(label('muc-ii-6')).toBe('mục II.6');
		expect(label('muc-9-9')).toBe('mục 9.9');
	});
});
