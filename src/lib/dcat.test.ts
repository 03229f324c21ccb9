import { describe, expect, test } from 'vitest';
import { DCAT_CONTEXT, dcatCatalogue, type CatalogueInput, type DatasetInput } from './dcat';

const dataset: DatasetInput = {
	id: 'quang-ninh-2022-cai-nghien',
	page: 'https://so-lieu.example.vn/so-lieu/quang-ninh-2022-cai-nghien/',
	title: 'Cai nghiện',
	description: 'Chỉ tiêu cai nghiện năm 2022.',
	keywords: ['cai nghiện ma túy'],
	spatial: ['tỉnh Quảng Ninh'],
	period: { start: '2022-01-01', end: '2022-12-31' },
	sources: [{ title: 'Kế hoạch 146/KH-UBND', url: 'https://so-lieu.example.vn/ke-hoach/quang-ninh-2022/' }],
	provenance: 'Theo kế hoạch.',
	distributions: [
		{ url: 'https://so-lieu.example.vn/so-lieu/quang-ninh-2022-cai-nghien.csv', format: 'csv', title: 'CSV' },
		{ url: 'https://so-lieu.example.vn/so-lieu/quang-ninh-2022-cai-nghien.xlsx', format: 'xlsx', title: 'Excel' },
	],
};
const input: CatalogueInput = {
	url: 'https://so-lieu.example.vn/so-lieu/danh-muc.jsonld',
	homepage: 'https://so-lieu.example.vn/so-lieu/',
	title: 'Danh mục',
	description: 'Mô tả',
	publisher: { name: 'Sở Y tế' },
	licence: 'https://creativecommons.org/licenses/by/4.0/',
	spatial: ['tỉnh Quảng Ninh'],
	datasets: [dataset],
};

describe('dcatCatalogue', () => {
	const catalogue = dcatCatalogue(input);
	const [entry] = catalogue.dataset;

	test('carries its context inline, never a remote one', () => {
		expect(catalogue['@context']).toBe(DCAT_CONTEXT);
	});

	test.each([
		['csv', 'https://www.iana.org/assignments/media-types/text/csv', 'http://publications.europa.eu/resource/authority/file-type/CSV'],
		[
			'xlsx',
			'https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'http://publications.europa.eu/resource/authority/file-type/XLSX',
		],
	])('a %s file has its IANA media type and EU file type, and its address to download', (format, mediaType, fileType) => {
		const file = entry!.distribution.find((candidate) => candidate.downloadURL.endsWith(`.${format}`))!;
		expect(file).toMatchObject({ mediaType, format: fileType, accessURL: file.downloadURL, license: input.licence });
	});

	test('datasets point to the catalogue publisher, and cover a period and a place', () => {
		expect(entry!.publisher).toEqual({ '@id': catalogue.publisher['@id'] });
		expect(entry!.temporal).toEqual({ '@type': 'PeriodOfTime', startDate: '2022-01-01', endDate: '2022-12-31' });
		expect(entry!.spatial).toEqual([{ '@type': 'Location', prefLabel: 'tỉnh Quảng Ninh' }]);
		expect(entry!.relation).toEqual([{ '@id': dataset.sources[0]!.url, '@type': 'Document', title: 'Kế hoạch 146/KH-UBND' }]);
	});

	test('a bundle names its parts; an unknown part fails', () => {
		const bundle = { ...dataset, id: 'tat-ca', page: input.homepage, parts: [dataset.id] };
		expect(dcatCatalogue({ ...input, datasets: [dataset, bundle] }).dataset[1]!.hasPart).toEqual([`${dataset.page}#bo-du-lieu`]);
		expect(() => dcatCatalogue({ ...input, datasets: [{ ...bundle, parts: ['khong-co'] }] })).toThrow(/khong-co/u);
	});
});
