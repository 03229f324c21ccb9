import { describe, expect, test } from 'vitest';
import { documentLabel, metadataRows, sectionName, type DocumentFacts, type PanelLabels } from './document-display';

const labels: PanelLabels = {
	number: 'Số hiệu',
	type: 'Loại văn bản',
	subject: 'Trích yếu',
	issuer: 'Cơ quan ban hành',
	signer: 'Người ký',
	signerPosition: 'Chức vụ người ký',
	issued: 'Ngày ban hành',
	issuedAsPrinted: 'Ngày ghi trên văn bản',
	effective: 'Ngày có hiệu lực',
	status: 'Tình trạng hiệu lực',
	field: 'Lĩnh vực',
};

const laiChau: DocumentFacts = {
	title: 'Kế hoạch cai nghiện ma túy năm 2025',
	type: 'ke-hoach',
	numberAsPrinted: 'Số: /KH-UBND',
	issuer: 'Ủy ban nhân dân thành phố Lai Châu',
	issued: '2025-02',
	issuedAsPrinted: 'Thành phố Lai Châu, ngày tháng 02 năm 2025',
	status: 'khong-ro',
	signer: 'Trần Đình Tiến',
	unknown: ['number', 'effective', 'field'],
};

describe('metadataRows', () => {
	test('a document with no number and a month-only date says so', () => {
		const rows = metadataRows(laiChau, { type: 'Kế hoạch', status: 'Không rõ (nguồn không ghi)', labels });
		expect(rows.find((row) => row.key === 'number')).toEqual({ key: 'number', label: 'Số hiệu', value: 'Số: /KH-UBND (bản chưa điền số)' });
		expect(rows.find((row) => row.key === 'issued')).toEqual({
			key: 'issued',
			label: 'Ngày ban hành',
			value: 'tháng 02/2025',
			datetime: '2025-02',
		});
		expect(rows.find((row) => row.key === 'effective')).toEqual({ key: 'effective', label: 'Ngày có hiệu lực', unknown: true });
		expect(rows.find((row) => row.key === 'field')).toEqual({ key: 'field', label: 'Lĩnh vực', unknown: true });
	});

	test('a fact neither given nor unknown has no row, so no label stands empty', () => {
		const rows = metadataRows(laiChau, { type: 'Kế hoạch', status: 'Không rõ', labels });
		expect(rows.map((row) => row.key)).not.toContain('signerPosition');
		expect(rows.every((row) => row.value || row.unknown || row.variants)).toBe(true);
	});

	test('keeps both dates when the source gives two', () => {
		const rows = metadataRows(
			{
				title: 'Nghị quyết',
				type: 'nghi-quyet',
				issued: '2023-12',
				issuedVariants: [{ value: '2023-12-18' }, { value: '2023-12-08' }],
				status: 'khong-ro',
				unknown: [],
			},
			{ type: 'Nghị quyết', status: 'Không rõ', labels },
		);
		expect(rows.find((row) => row.key === 'issued')).toMatchObject({ value: 'tháng 12/2023', variants: ['18/12/2023', '08/12/2023'] });
	});

	test('rows keep the panel order', () => {
		const rows = metadataRows({ ...laiChau, number: '1/KH-UBND', unknown: [] }, { type: 'Kế hoạch', status: 'Còn hiệu lực', labels });
		expect(rows.map((row) => row.key)).toEqual(['number', 'type', 'issuer', 'signer', 'issued', 'issuedAsPrinted', 'status']);
	});
});

describe('documentLabel', () => {
	test.each([
		[{ title: 'Nghị định số 116/2021/NĐ-CP', number: '116/2021/NĐ-CP', typeLabel: 'Nghị định' }, 'Nghị định số 116/2021/NĐ-CP'],
		[{ title: 'Luật Phòng, chống ma túy', number: '73/2021/QH14', typeLabel: 'Luật' }, 'Luật Phòng, chống ma túy (73/2021/QH14)'],
		[{ title: 'Luật Ngân sách', typeLabel: 'Luật' }, 'Luật Ngân sách'],
		[
			{
				title: 'Kế hoạch thực hiện công tác cai nghiện ma túy và quản lý sau cai nghiện ma túy năm 2022',
				number: '146/KH-UBND',
				typeLabel: 'Kế hoạch',
			},
			'Kế hoạch 146/KH-UBND',
		],
	])('%j', (doc, expected) => {
		expect(documentLabel(doc)).toBe(expected);
	});
});

describe('sectionName', () => {
	test.each([
		['muc-2-4', 'mục 2.4'],
		['muc-ii-6', 'mục II.6'],
		['muc-ii-1-a', 'mục II.1 a)'],
		['phan-iv', 'phần IV'],
		['can-cu', 'phần căn cứ'],
		['muc-v-11', 'mục V.11'],
	])('%s → %s', (anchor, expected) => {
		expect(sectionName(anchor)).toBe(expected);
	});
});
