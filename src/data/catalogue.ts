import { loadSiteConfig } from '../config/site';
import { dcatCatalogue, type DatasetInput, type DistributionInput } from '../lib/dcat';
import { absoluteUrl } from '../lib/page-meta';
import { DEMONSTRATION_ADDRESS } from '../lib/public-address';
import { routes } from '../lib/routes';
import { getNewsCadence, type NewsCadence } from './cadence';
import {
	cadenceCsv,
	cadenceJsonText,
	cadenceXlsx,
	dataLicence,
	datasetCsv,
	datasetJsonText,
	datasetXlsx,
	publisherName,
} from './dataset-files';
import { DEMO_NOTE, getDatasets, type Dataset } from './datasets';

/** The files of one dataset page, as the page links them. */
interface DataFiles {
	csv: string;
	xlsx: string;
	json: string;
}

function files(hrefs: DataFiles, siteUrl: string): DistributionInput[] {
	return [
		{ url: absoluteUrl(hrefs.xlsx, siteUrl), format: 'xlsx', title: 'Bảng tính Excel (.xlsx)' },
		{ url: absoluteUrl(hrefs.csv, siteUrl), format: 'csv', title: 'Bảng CSV (UTF-8, dấu phẩy)' },
		{ url: absoluteUrl(hrefs.json, siteUrl), format: 'json', title: 'Dữ liệu JSON' },
	];
}

const KEYWORDS = ['cai nghiện ma túy', 'quản lý sau cai nghiện', 'phòng, chống ma túy'];

function datasetEntry(dataset: Dataset, siteUrl: string): DatasetInput {
	return {
		id: dataset.id,
		page: absoluteUrl(dataset.href, siteUrl),
		title: `${dataset.label} (${dataset.plan.label})`,
		description: dataset.subtitle,
		keywords: [...KEYWORDS, 'chỉ tiêu kế hoạch', dataset.locality.name],
		spatial: [dataset.locality.name],
		period: { start: `${dataset.year}-01-01`, end: `${dataset.year}-12-31` },
		sources: [
			{ title: dataset.plan.title, url: absoluteUrl(dataset.plan.href, siteUrl) },
			...dataset.observations.map((observation) => ({
				title: observation.sourceDoc.title,
				url: absoluteUrl(observation.sourceDoc.href, siteUrl),
			})),
		].filter((source, index, all) => all.findIndex((other) => other.url === source.url) === index),
		provenance: `Mục tiêu theo ${dataset.plan.label}, ${dataset.target.sectionName}; kết quả, khi có, theo văn bản báo cáo ghi ở từng kỳ.`,
		distributions: files({ csv: dataset.csvHref, xlsx: dataset.xlsxHref, json: dataset.jsonHref }, siteUrl),
	};
}

function cadenceEntry(cadence: NewsCadence, siteUrl: string, localities: string[]): DatasetInput {
	const targets = cadence.targets.map((target) => `${target.figure} mỗi tuần (mục tiêu năm ${target.year} của ${target.locality.name})`);
	return {
		id: 'nhip-dang-tin',
		page: absoluteUrl(routes.cadence, siteUrl),
		title: 'Số tin đăng trên cổng mỗi tuần',
		description: `Số tin cổng đăng mỗi tuần, theo ngày đăng (giờ Việt Nam)${targets.length > 0 ? `, bên cạnh ${targets.join('; ')}` : ''}; mục tiêu của kế hoạch tính mọi kênh chính thống.`,
		keywords: [...KEYWORDS, 'tin tức', 'nhịp đăng tin'],
		spatial: localities,
		period: { start: cadence.weeks[0]!.start, end: cadence.weeks.at(-1)!.end },
		sources: cadence.targets.flatMap((target) =>
			target.source.href ? [{ title: target.planName, url: absoluteUrl(target.source.href.split('#')[0]!, siteUrl) }] : [],
		),
		provenance: 'Đếm tự động từ các tin đăng trong mục Tin tức của cổng.',
		distributions: files({ csv: routes.cadenceCsv, xlsx: routes.cadenceXlsx, json: routes.cadenceJson }, siteUrl),
	};
}

/**
 * The catalogue of every dataset, the cadence and the archive of everything, as DCAT JSON-LD.
 * DCAT needs absolute addresses: the portal's public one (`address`), or on a demonstration
 * copy an address that resolves nowhere, said so in the description.
 */
export async function getCatalogue(address: string | undefined) {
	const siteUrl = address ?? DEMONSTRATION_ADDRESS;
	const site = loadSiteConfig();
	const datasets = (await getDatasets()).map((dataset) => datasetEntry(dataset, siteUrl));
	const localities = site.localities.map((locality) => locality.name);
	const entries = [...datasets, cadenceEntry(await getNewsCadence(), siteUrl, localities)];
	const everything: DatasetInput = {
		id: 'tat-ca',
		page: absoluteUrl(routes.datasets, siteUrl),
		title: 'Tất cả số liệu của cổng',
		description: 'Mọi bộ dữ liệu của cổng trong một tệp nén: mỗi bộ dưới dạng bảng tính Excel, CSV và JSON, kèm danh mục này.',
		keywords: KEYWORDS,
		spatial: localities,
		period: {
			start: entries.map((entry) => entry.period.start).sort()[0]!,
			end: entries
				.map((entry) => entry.period.end)
				.sort()
				.at(-1)!,
		},
		sources: entries
			.flatMap((entry) => entry.sources)
			.filter((source, index, all) => all.findIndex((other) => other.url === source.url) === index),
		provenance: 'Gộp các bộ dữ liệu của cổng, mỗi bộ ghi nguồn của mình.',
		distributions: [{ url: absoluteUrl(routes.allData, siteUrl), format: 'zip', title: 'Tệp nén mọi bộ dữ liệu (.zip)' }],
		parts: entries.map((entry) => entry.id),
	};
	return dcatCatalogue({
		url: absoluteUrl(routes.dataCatalogue, siteUrl),
		homepage: absoluteUrl(routes.datasets, siteUrl),
		title: `${site.name}: danh mục dữ liệu mở`,
		description: [
			'Mọi chỉ tiêu của các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện trên cổng, mỗi chỉ tiêu một bộ dữ liệu có nguồn (văn bản và mục), cùng số tin cổng đăng mỗi tuần.',
			...(address === undefined ? [DEMO_NOTE] : []),
		].join(' '),
		publisher: { name: publisherName(), url: site.operator?.url },
		licence: dataLicence().url,
		spatial: localities,
		datasets: [...entries, everything],
	});
}

/** The catalogue as the file the page links. */
export const catalogueText = async (address: string | undefined): Promise<string> =>
	`${JSON.stringify(await getCatalogue(address), null, 2)}\n`;

/**
 * Every data file in one archive, under the names the site gives them: each dataset's
 * spreadsheet, CSV and JSON, the cadence's, and the catalogue that describes them.
 */
export async function allDataFiles(address: string | undefined): Promise<Record<string, Uint8Array>> {
	const text = (value: string) => new TextEncoder().encode(value);
	const name = (href: string) => href.slice(routes.datasets.length);
	const archive: Record<string, Uint8Array> = {};
	for (const dataset of await getDatasets()) {
		archive[name(dataset.xlsxHref)] = await datasetXlsx(dataset, address);
		archive[name(dataset.csvHref)] = text(datasetCsv(dataset, address));
		archive[name(dataset.jsonHref)] = text(datasetJsonText(dataset, address));
	}
	const cadence = await getNewsCadence();
	archive[name(routes.cadenceXlsx)] = await cadenceXlsx(cadence, address);
	archive[name(routes.cadenceCsv)] = text(cadenceCsv(cadence, address));
	archive[name(routes.cadenceJson)] = text(cadenceJsonText(cadence, address));
	archive[name(routes.dataCatalogue)] = text(await catalogueText(address));
	return archive;
}
