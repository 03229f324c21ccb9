import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readYaml, words, type PlanYaml } from '../helpers/content';
import { assertBuilt, fileForPath, listFiles, loadPage, textOf } from '../helpers/dist';
import { routes } from '../../src/lib/routes';

/** Every plan of the content, whatever the locality ships. */
const PLANS = readdirSync('content/plans')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
/** A plan as written, with the lists the schema defaults when a plan leaves them out. */
const plan = (id: string): PlanYaml => {
	const data = readYaml<Partial<PlanYaml> & Pick<PlanYaml, 'sourceFile'>>(`content/plans/${id}.yaml`);
	return { ...data, repairs: data.repairs ?? [], targets: data.targets ?? [], relations: data.relations ?? [] };
};
const source = (id: string) => readFileSync(`content/sources/${plan(id).sourceFile}`, 'utf8');

beforeAll(assertBuilt);

/**
 * The words of the published full text, read block by block with the text a
 * browser shows: inside a paragraph, inline tags add no space, so words that
 * HTML compression glued together would show up as a difference.
 */
function publishedWords(id: string): string[] {
	const document = loadPage(routes.plan(id));
	const text = document.querySelector('.doc-text')!;
	for (const note of text.querySelectorAll('[data-editorial]')) note.remove();
	for (const br of text.querySelectorAll('br')) br.replaceWith(document.createTextNode(' '));
	return [...text.querySelectorAll('p, li, h2, h3, h4')].flatMap((block) => words(block.textContent ?? ''));
}
describe.each(PLANS)('the published text of %s', (id) => {
	test('every declared repair stands exactly once in the source', () => {
		const text = source(id);
		for (const repair of plan(id).repairs) {
			expect(text.split(repair.before).length - 1, repair.before).toBe(1);
		}
	});

	test('equals the source word for word once the declared repairs are applied', () => {
		const data = plan(id);
		let text = source(id)
			.split('\n')
			.slice(data.sourceMetadataLines ?? 0)
			.join('\n');
		for (const repair of data.repairs) text = text.replace(repair.before, repair.after);
		const expected = words(text);
		const actual = publishedWords(id);
		const firstDifference = expected.findIndex((word, index) => actual[index] !== word);
		expect(
			firstDifference,
			`khác nhau từ từ thứ ${firstDifference}: nguồn "${expected.slice(firstDifference, firstDifference + 8).join(' ')}" / trang "${actual.slice(firstDifference, firstDifference + 8).join(' ')}"`,
		).toBe(-1);
		expect(actual.length).toBe(expected.length);
	});

	// Only a plan with repairs has a raw source that differs from its text.
	test.runIf(plan(id).repairs.length > 0)('the source without repairs would not match (the check can fail)', () => {
		expect(publishedWords(id)).not.toEqual(
			words(
				source(id)
					.split('\n')
					.slice(plan(id).sourceMetadataLines ?? 0)
					.join('\n'),
			),
		);
	});

	test('offers the source text as received, byte for byte', () => {
		const served = readFileSync(fileForPath(`/ke-hoach/${id}/van-ban-goc.txt`));
		expect(served.equals(readFileSync(`content/sources/${plan(id).sourceFile}`))).toBe(true);
	});

	test('lists every repair in the editorial note, with a link to its section', () => {
		// A plan without repairs may have no editorial note at all.
		const note = loadPage(`/ke-hoach/${id}/`).querySelector('#ghi-chu-bien-tap')?.parentElement;
		const rows = [...(note?.querySelectorAll('tbody tr') ?? [])];
		expect(rows).toHaveLength(plan(id).repairs.length);
		for (const [index, repair] of plan(id).repairs.entries()) {
			expect(textOf(rows[index]!.querySelector('ins'))).toBe(repair.after);
			expect(rows[index]!.querySelector('a')?.getAttribute('href')).toBe(`#${repair.section}`);
		}
	});

	test('every target has its section anchor in the text and a row in the targets table', () => {
		const document = loadPage(`/ke-hoach/${id}/`);
		const table = document.querySelector('#chi-tieu')!.parentElement!;
		for (const target of plan(id).targets) {
			expect(document.querySelector(`.doc-text [id="${target.section}"]`), target.section).not.toBeNull();
			expect(table.querySelector(`a[href="/so-lieu/${id}-${target.id}/"]`), target.id).not.toBeNull();
		}
	});
});

describe('legal documents', () => {
	test('every document a plan cites has a page', () => {
		for (const id of PLANS) {
			for (const relation of plan(id).relations) {
				expect(() => loadPage(`/van-ban/${relation.document}/`), relation.document).not.toThrow();
			}
		}
	});
});

test.each([
	...listFiles('content/legal').map((file) => ({ folder: 'legal', id: file.replace(/\.yaml$/u, ''), page: routes.legalDocument })),
	...PLANS.map((id) => ({ folder: 'plans', id, page: routes.plan })),
])('$folder/$id: the official text is linked only where an editor gave its address', ({ folder, id, page }) => {
	const given = readYaml<{ officialText?: string }>(`content/${folder}/${id}.yaml`).officialText;
	const panel = loadPage(page(id)).querySelector('.metadata')!;
	if (given) expect(panel.querySelector(`a[href="${given}"]`)).not.toBeNull();
	else expect(textOf(panel)).toContain('Văn bản chính thức chưa có liên kết đến văn bản chính thức');
});
