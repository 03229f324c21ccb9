import { readFileSync } from 'node:fs';
import { fromJS } from 'immutable';
import { parseHTML } from 'linkedom';
import { act, createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteSchema } from '../src/schemas/site';
import { buildCmsConfig } from './config';
import type { DecapField } from './fields';
import { registerPreviews } from './previews';
import type { PreviewProps } from './previews/helpers';

const site = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const config = buildCmsConfig(site, { siteUrl: 'https://example.org' });

/** The sample entries stand in the portal's own localities, whatever content/site.yaml lists. */
const [firstLocality, lastLocality] = [site.localities[0]!, site.localities.at(-1)!];

const templates = new Map<string, (props: PreviewProps) => ReactNode>();
registerPreviews({ registerPreviewTemplate: (name, component) => templates.set(name, component) });

const fieldsOf = (name: string) => (config.collections.find((entry) => entry.name === name) as { fields: DecapField[] }).fields;

/** Every field name of a collection, nested ones included: none may show as text. */
function fieldNames(fields: readonly DecapField[]): string[] {
	return fields.flatMap((field) => [field.name, ...fieldNames(field.fields ?? []), ...(field.field ? fieldNames([field.field]) : [])]);
}

/** The props Decap passes: the entry's data and the collection's fields as Immutable values. */
const props = (collection: string, data: Record<string, unknown>): PreviewProps => ({
	entry: fromJS({ data }) as unknown as PreviewProps['entry'],
	getAsset: () => undefined,
	fields: fromJS(fieldsOf(collection)),
});

/** The text a reader of the preview sees. */
const visibleText = (node: ReactNode) =>
	parseHTML(`<html><body>${renderToStaticMarkup(node)}</body></html>`).document.body.textContent ?? '';

/** A stored key as a word of its own ("quy", not the "quy" inside "Quý" or "quy-trinh"). */
const asWord = (key: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}-])`, 'u');

function expectReadable(collection: string, shown: string, labels: string[], keys: string[]) {
	for (const label of labels) expect(shown, `${collection}: "${label}"`).toContain(label);
	for (const key of [...keys, ...fieldNames(fieldsOf(collection))]) expect(shown, `${collection}: raw "${key}"`).not.toMatch(asWord(key));
}

const render = (collection: string, data: Record<string, unknown>) =>
	visibleText(createElement(templates.get(collection)!, props(collection, data)));

test('every collection and every file of the CMS config has a preview template', () => {
	const names = config.collections.flatMap((collection) =>
		'files' in collection ? collection.files.map((file) => file.name) : [collection.name],
	);
	expect(names.length).toBeGreaterThan(8);
	expect(names.filter((name) => !templates.has(name))).toEqual([]);
});

describe('each data collection previews in Vietnamese, with no stored key or field name', () => {
	const target = {
		id: 'xa-mau',
		label: 'Xã, phường có mô hình mẫu',
		statement: 'Câu chỉ tiêu mẫu.',
		kind: 'ratio',
		value: 7,
		denominator: 7,
		qualifiers: ['phan-dau'],
		unit: 'xã, phường',
		section: 'muc-2-4',
	};

	test('plans: metadata panel, locality name, targets as the plan writes them, relations', () => {
		const shown = render('plans', {
			title: 'Kế hoạch mẫu về phòng, chống ma túy',
			type: 'ke-hoach',
			number: '146/KH-UBND',
			issuer: 'Cơ quan mẫu',
			issued: '2025-03-04',
			status: 'con-hieu-luc',
			locality: firstLocality.id,
			year: 2025,
			description: 'Mô tả ngắn mẫu.',
			unknown: ['effective'],
			targets: [target],
			responsibilities: [{ agency: 'Cơ quan phối hợp mẫu', section: 'muc-iv-1', duties: ['Nhiệm vụ mẫu.'] }],
			relations: [{ document: 'luat-73-2021-qh14', kind: 'can-cu', citedAs: 'Luật mẫu năm 2021' }],
		});
		expectReadable(
			'plans',
			shown,
			[
				'Kế hoạch · 146/KH-UBND · 04/03/2025',
				'Còn hiệu lực',
				'Địa bàn',
				firstLocality.name,
				'Ngày có hiệu lực',
				'Không rõ (nguồn không ghi)',
				'phấn đấu 7/7 xã, phường',
				'Căn cứ: Luật mẫu năm 2021',
			],
			['ke-hoach', 'con-hieu-luc', firstLocality.id, 'phan-dau', 'can-cu', 'xa-mau', 'muc-2-4'],
		);
	});

	test('legal: type, status and relation by their labels, unknown facts said so', () => {
		const shown = render('legal', {
			title: 'Nghị định mẫu',
			type: 'nghi-dinh',
			number: '116/2021/NĐ-CP',
			issued: '2021-12-21',
			status: 'het-hieu-luc',
			unknown: ['signer'],
			jurisdiction: 'Toàn quốc',
			relations: [{ document: 'luat-73-2021-qh14', kind: 'quy-dinh-chi-tiet', citedAs: 'Luật mẫu' }],
		});
		expectReadable(
			'legal',
			shown,
			['Nghị định · 116/2021/NĐ-CP · 21/12/2021', 'Hết hiệu lực', 'Người ký', 'Không rõ', 'Phạm vi', 'Quy định chi tiết: Luật mẫu'],
			['nghi-dinh', 'het-hieu-luc', 'quy-dinh-chi-tiet', 'luat-73-2021-qh14'],
		);
	});

	const indicator = {
		plan: 'ke-hoach-mau-2022',
		target: 'xa-mau',
		observations: [
			{ period: { kind: 'quy', year: 2025, index: 2 }, value: 5, denominator: 7, source: 'bao-cao-mau', note: 'Ghi chú mẫu.' },
			{ period: { kind: '6-thang', year: 2025, index: 1 }, value: 6, denominator: 7, source: 'bao-cao-mau' },
			{ period: { kind: 'nam', year: 2024 }, value: 7, denominator: 7, source: 'bao-cao-mau' },
		],
	};
	const periods = ['Quý 2/2025', '6 tháng đầu năm 2025', 'Năm 2024'];
	const keys = ['quy', '6-thang', 'nam', 'ratio', 'phan-dau', 'xa-mau', 'ke-hoach-mau-2022', 'bao-cao-mau'];

	test('indicators, once the plan is read through Decap: the target by its label and figure, each result as the dataset writes it', async () => {
		// The plan arrives after the first render, as from Decap's store: the preview is mounted in a DOM to see it arrive.
		const { window, document } = parseHTML('<html><body><div id="preview"></div></body></html>');
		Object.assign(globalThis, { window, document, IS_REACT_ACT_ENVIRONMENT: true });
		const { createRoot } = await import('react-dom/client');
		const asked: string[] = [];
		const getCollection = async (collection: string, slug: string) => {
			asked.push(`${collection}/${slug}`);
			return fromJS({
				slug,
				data: { title: 'Kế hoạch mẫu', targets: [{ ...target, id: 'khac', label: 'Chỉ tiêu khác' }, target] },
			}) as never;
		};
		const shownFor = async (data: Record<string, unknown>) => {
			const root = createRoot(document.getElementById('preview') as unknown as Element);
			await act(async () => root.render(createElement(templates.get('indicators')!, { ...props('indicators', data), getCollection })));
			const shown = document.body.textContent ?? '';
			await act(async () => root.unmount());
			return shown;
		};
		const shown = await shownFor(indicator);
		expect(asked).toEqual(['plans/ke-hoach-mau-2022']);
		expectReadable(
			'indicators',
			shown,
			['Xã, phường có mô hình mẫu', 'Kế hoạch mẫu', 'phấn đấu 7/7 xã, phường', ...periods, '5/7', '6/7'],
			keys,
		);
		expect(shown).not.toContain('Chỉ tiêu khác');
		expect(shown).not.toContain('không có chỉ tiêu');
		expect(await shownFor({ ...indicator, target: 'khong-co' })).toContain('Kế hoạch này không có chỉ tiêu đã chọn');
	});

	test('indicators, while the plan is read: periods already in words', () => {
		const shown = render('indicators', indicator);
		expectReadable('indicators', shown, ['Đang đọc kế hoạch', ...periods], keys);
	});

	test('services: kind and locality by their names, contact rows, the plan sentence', () => {
		const shown = render('services', {
			name: 'Điểm hỗ trợ mẫu',
			kind: 'diem-tu-van',
			locality: lastLocality.id,
			description: [{ text: 'Câu mô tả mẫu.', source: { plan: 'ke-hoach-mau-2025', section: 'muc-1', quote: 'trích dẫn mẫu ba từ' } }],
			firstContact: true,
			address: 'Địa chỉ mẫu',
			hours: 'Giờ mẫu',
			eligibility: { text: 'Người được dùng mẫu.', source: { plan: 'ke-hoach-mau-2025', section: 'muc-1', quote: 'trích dẫn mẫu ba từ' } },
			duties: [],
		});
		expectReadable(
			'services',
			shown,
			['Điểm tư vấn', lastLocality.name, 'Câu mô tả mẫu.', 'Địa chỉ', 'Giờ làm việc', 'Ai được sử dụng', 'Nơi hỏi đầu tiên'],
			['diem-tu-van', lastLocality.id, 'ke-hoach-mau-2025', 'muc-1'],
		);
	});

	test('national: kind by its label, the number to call, the source', () => {
		const shown = render('national', {
			title: 'Tên mẫu',
			kind: 'so-dien-thoai',
			phone: '113',
			short: 'Tên ngắn mẫu',
			everyPage: true,
			order: 1,
			statement: 'Câu nội dung mẫu.',
			source: 'Nguồn mẫu.',
		});
		expectReadable(
			'national',
			shown,
			['Số điện thoại quốc gia', '113 Tên ngắn mẫu', 'Câu nội dung mẫu.', 'Nguồn: Nguồn mẫu.', 'Cần giúp ngay'],
			['so-dien-thoai'],
		);
	});
});
