import { describe, expect, test } from 'vitest';
import { layoutRelationDiagram, wrapText } from './diagram';

describe('wrapText', () => {
	test('breaks on spaces within the width', () => {
		expect(wrapText('Kế hoạch thực hiện công tác cai nghiện ma túy năm 2022', 20)).toEqual([
			'Kế hoạch thực hiện',
			'công tác cai nghiện',
			'ma túy năm 2022',
		]);
	});
	test('keeps a long word whole', () => {
		expect(wrapText('01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN', 10)).toEqual(['01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN']);
	});
});

describe('layoutRelationDiagram', () => {
	const headings = { dependents: 'Dựa vào văn bản này', bases: 'Văn bản này dựa vào' };

	test('stacks dependents, the document, then its bases, with arrows between', () => {
		const layout = layoutRelationDiagram({
			center: { id: 'luat', label: 'Luật Phòng, chống ma túy' },
			dependents: [
				{ id: 'kh-qn', label: 'Kế hoạch 146/KH-UBND', note: 'Thực hiện' },
				{ id: 'kh-257', label: 'Kế hoạch 257/KH-UBND' },
			],
			bases: [{ id: 'x', label: 'Văn bản X' }],
			headings,
		});
		expect(layout.boxes.map((box) => [box.id, box.role])).toEqual([
			['kh-qn', 'dependent'],
			['kh-257', 'dependent'],
			['luat', 'center'],
			['x', 'basis'],
		]);
		const ys = layout.boxes.map((box) => box.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		for (let i = 1; i < layout.boxes.length; i += 1) {
			const previous = layout.boxes[i - 1]!;
			expect(layout.boxes[i]!.y, 'boxes do not overlap').toBeGreaterThan(previous.y + previous.height);
		}
		expect(layout.arrows).toHaveLength(2);
		expect(layout.headings.map((heading) => heading.text)).toEqual([headings.dependents, headings.bases]);
		expect(layout.height).toBeGreaterThan(layout.boxes.at(-1)!.y + layout.boxes.at(-1)!.height);
	});

	test('a document with no relations is a single box and no arrow', () => {
		const layout = layoutRelationDiagram({ center: { id: 'a', label: 'A' }, dependents: [], bases: [], headings });
		expect(layout.boxes).toHaveLength(1);
		expect(layout.arrows).toEqual([]);
		expect(layout.headings).toEqual([]);
	});
});
