import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isVietnameseSyllable } from './lib/syllables';
import { audiences, audienceSections, mainSections, sections } from './ui-strings';

/**
 * Every word of the interface goes through `ui-strings.ts`, so a locality rewords a label in one
 * place and no page keeps an old copy. This guard reads each `.astro` file of the screens
 * (pages, components, layouts) with its comments set aside and fails on any word that carries a
 * Vietnamese letter or tone mark: such a word is text the public reads, and belongs in the table
 * (or, for a sentence of fact, in `content/` with its source).
 */

const ROOTS = ['src/pages', 'src/components', 'src/layouts'];

/** Letters only Vietnamese uses among the scripts of this site: đ, ă, â, ê, ô, ơ, ư and the tone marks. */
const VIETNAMESE_WORD =
	/[\p{L}]*[đĐăĂâÂêÊôÔơƠưƯ\u0300\u0301\u0303\u0309\u0323àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự][\p{L}]*/gu;

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return astroFiles(path);
		return path.endsWith('.astro') ? [path] : [];
	});
}

/**
 * The file with HTML, block and line comments blanked (line breaks kept, so lines still count).
 * A line comment starts at `//` after a space or a line start, which leaves `https://` alone.
 */
function withoutComments(source: string): string {
	const blank = (text: string) => text.replace(/[^\n]/gu, ' ');
	return source
		.replace(/<!--[\s\S]*?-->/gu, blank)
		.replace(/\/\*[\s\S]*?\*\//gu, blank)
		.replace(/(^|[\s{(])\/\/[^\n]*/gmu, (match, before: string) => before + blank(match.slice(before.length)));
}

/** `line: word` for every Vietnamese word outside comments. */
function vietnameseWords(source: string): string[] {
	return withoutComments(source.normalize('NFC'))
		.split('\n')
		.flatMap((line, index) => [...line.matchAll(VIETNAMESE_WORD)].map((match) => `${index + 1}: ${match[0]}`));
}

/**
 * Words without a mark ("Trang sau", "tin") slip past the letters above; in the template's text
 * (between tags, outside expressions, styles and scripts) any word of two letters or more that is a
 * Vietnamese syllable is caught too. Attribute values of such words are rare and left to review.
 */
function unmarkedTemplateWords(source: string): string[] {
	let template = (source.split(/^---$/mu).at(-1) ?? '').replace(/<(style|script)\b[\s\S]*?<\/\1>/gu, '').replace(/<!--[\s\S]*?-->/gu, '');
	// Expressions nest ({a.map((x) => <b>{x}</b>)}): strip the innermost first, a few levels deep.
	for (let depth = 0; depth < 6; depth += 1) template = template.replace(/\{[^{}]*\}/gu, ' ');
	return [...template.matchAll(/>([^<>]+)</gu)].flatMap((match) =>
		(match[1]!.match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1 && isVietnameseSyllable(word)),
	);
}

describe('the guard itself', () => {
	test.each([
		['<h2>Tin mới</h2>', ['1: mới']],
		['<a aria-label="Trang sau">', []],
		['<p title="Đóng">x</p>', ['1: Đóng']],
		["const label = 'Xem thêm';", ['1: thêm']],
		['<!-- chú thích -->\n/* một */\n// hai\n<a href="https://x.vn/đ">', ['4: đ']],
		['{ui.news.heading}', []],
	])('%s', (source, expected) => {
		expect(vietnameseWords(source)).toEqual(expected);
	});
});

test.each(ROOTS.flatMap(astroFiles))('%s holds no Vietnamese word outside ui-strings.ts', (file) => {
	const source = readFileSync(file, 'utf8');
	expect(vietnameseWords(source)).toEqual([]);
	expect(unmarkedTemplateWords(source)).toEqual([]);
});

test.each([
	['---\nconst a = 1;\n---\n<a>Trang sau →</a>', ['Trang', 'sau']],
	['<p>{ui.next} <span>CSV</span> · JSON</p>', []],
	['<p>{items.map((item) => <b>{item}</b>)}</p><style>.tin { color: red }</style>', []],
])('unmarked words in %s', (source, expected) => {
	expect(unmarkedTemplateWords(source)).toEqual(expected);
});

test('the audience names are the labels of the audience entry points', () => {
	expect(audienceSections.map((section) => section.label)).toEqual(Object.values(audiences));
});

test('the section names are the labels of the main sections', () => {
	expect(mainSections.map((section) => section.label)).toEqual(Object.values(sections));
});
