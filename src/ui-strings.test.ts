import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

/** Files whose words have not moved into the table yet; this list only shrinks. */
const PENDING = new Set<string>(['src/pages/tim-kiem/index.astro']);

test.each(ROOTS.flatMap(astroFiles).filter((file) => !PENDING.has(file)))('%s holds no Vietnamese word outside ui-strings.ts', (file) => {
	expect(vietnameseWords(readFileSync(file, 'utf8'))).toEqual([]);
});

test('the audience names are the labels of the audience entry points', () => {
	expect(audienceSections.map((section) => section.label)).toEqual(Object.values(audiences));
});

test('the section names are the labels of the main sections', () => {
	expect(mainSections.map((section) => section.label)).toEqual(Object.values(sections));
});
