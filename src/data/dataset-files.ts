import { loadSiteConfig } from '../config/site';
import { FACT_COLUMNS, type Fact } from '../lib/columns';
import { toCsv } from '../lib/csv';
import { CADENCE_COLUMNS, DATASET_COLUMNS, type CadenceRow, type DatasetRow } from '../lib/dataset-export';
import { isoWeekCode } from '../lib/dates';
import { periodDates } from '../lib/indicators';
import { absoluteUrl } from '../lib/page-meta';
import { routes } from '../lib/routes';
import { toXlsx } from '../lib/xlsx';
import { licences } from '../schemas/vocabulary';
import type { NewsCadence } from './cadence';
import { datasetJson, type Dataset } from './datasets';

/**
 * The files of each dataset and of the news cadence: CSV for tools, a spreadsheet
 * for people, JSON for programs. Each states its source and its licence; the pages,
 * the archive of everything and the catalogue all take their bytes from here.
 */

/** Who makes the data available: the operator, or the portal itself while none is set. */
export function publisherName(): string {
	const site = loadSiteConfig();
	return site.operator?.name ?? site.name;
}

/** The portal's licence for its data, as files state it. */
export function dataLicence() {
	const id = loadSiteConfig().licence;
	return { id, ...licences[id] };
}

const licenceText = () => `${dataLicence().name} (${dataLicence().url})`;
const REUSE = 'Khi dùng lại, ghi nguồn là cổng thông tin này và văn bản gốc của từng con số.';
/** Sheet names of every workbook. */
const SHEETS = { data: 'Số liệu', about: 'Nguồn và giấy phép' } as const;

function datasetRows(dataset: Dataset, siteUrl: string): DatasetRow[] {
	const base = {
		dataset: dataset.id,
		label: dataset.label,
		kind: dataset.kindLabel,
		unit: dataset.unit,
		locality: dataset.locality.name,
		year: dataset.year,
		target: dataset.target.value,
		targetDenominator: dataset.target.denominator,
		targetSource: `${dataset.plan.label}, ${dataset.target.sectionName} (${absoluteUrl(dataset.target.sectionHref, siteUrl)})`,
		licence: licenceText(),
	};
	if (dataset.observations.length === 0) return [{ ...base, note: 'chưa có số liệu báo cáo' }];
	return dataset.observations.map((observation) => ({
		...base,
		period: { label: observation.periodLabel, code: observation.periodCode, ...periodDates(observation.period) },
		value: observation.value,
		denominator: observation.denominator,
		progress: observation.progress,
		resultSource: [observation.sourceDoc.label, observation.sourceSection].filter(Boolean).join(', '),
		note: observation.note,
	}));
}

function datasetFacts(dataset: Dataset, siteUrl: string): Fact[] {
	return [
		{ label: 'Bộ dữ liệu', value: dataset.label },
		{ label: 'Mã bộ dữ liệu', value: dataset.id },
		{ label: 'Địa bàn, năm', value: `${dataset.locality.name}, năm ${dataset.year}` },
		{ label: 'Chỉ tiêu theo', value: `${dataset.plan.label}, ${dataset.target.sectionName}` },
		{ label: 'Nguyên văn chỉ tiêu', value: dataset.target.statement },
		{ label: 'Địa chỉ của mục', value: absoluteUrl(dataset.target.sectionHref, siteUrl) },
		{
			label: 'Nguồn kết quả',
			value:
				dataset.observations.length > 0 ? 'Văn bản báo cáo ghi ở từng dòng (cột "Nguồn kết quả").' : 'Chưa có kỳ báo cáo nào được công bố.',
		},
		...aboutPortal(absoluteUrl(dataset.href, siteUrl)),
	];
}

function aboutPortal(page: string): Fact[] {
	return [
		{ label: 'Đơn vị công bố', value: publisherName() },
		{ label: 'Trang dữ liệu', value: page },
		{ label: 'Giấy phép', value: dataLicence().name },
		{ label: 'Địa chỉ giấy phép', value: dataLicence().url },
		{ label: 'Dùng lại', value: REUSE },
	];
}

/** A dataset as CSV: one row per reported period, or the target alone. */
export const datasetCsv = (dataset: Dataset, siteUrl: string): string => toCsv(DATASET_COLUMNS, datasetRows(dataset, siteUrl));

/** A dataset as a spreadsheet: its rows, and its source and licence on a sheet of their own. */
export const datasetXlsx = (dataset: Dataset, siteUrl: string): Promise<Uint8Array<ArrayBuffer>> =>
	toXlsx([
		{ name: SHEETS.data, columns: DATASET_COLUMNS, rows: datasetRows(dataset, siteUrl) },
		{ name: SHEETS.about, columns: FACT_COLUMNS, rows: datasetFacts(dataset, siteUrl) },
	]);

/** A dataset as JSON text. */
export const datasetJsonText = (dataset: Dataset, siteUrl: string): string =>
	`${JSON.stringify({ ...datasetJson(dataset, siteUrl), publisher: publisherName() }, null, 2)}\n`;

function cadenceRows(cadence: NewsCadence, siteUrl: string): CadenceRow[] {
	const targetSource = `${cadence.planLabel}: "${cadence.targetStatement}" (${absoluteUrl(cadence.targetHref, siteUrl)})`;
	return cadence.weeks.map((week) => ({
		week: isoWeekCode(week),
		start: week.start,
		end: week.end,
		count: week.count,
		target: cadence.target,
		targetSource,
		licence: licenceText(),
	}));
}

/** Where the cadence's counts come from. */
const CADENCE_SOURCE = 'Đếm tự động từ các tin đăng trong mục Tin tức của cổng, theo tuần ISO (thứ Hai đến Chủ nhật, giờ Việt Nam).';

function cadenceFacts(cadence: NewsCadence, siteUrl: string): Fact[] {
	return [
		{ label: 'Bộ dữ liệu', value: 'Số tin đăng trên cổng mỗi tuần' },
		{ label: 'Nguồn số tin', value: CADENCE_SOURCE },
		{ label: 'Chỉ tiêu theo', value: `${cadence.planLabel}: "${cadence.targetStatement}"` },
		{ label: 'Địa chỉ của mục', value: absoluteUrl(cadence.targetHref, siteUrl) },
		{ label: 'Phạm vi chỉ tiêu', value: 'Mọi kênh chính thống của tỉnh; số tin ở đây chỉ là phần của cổng này.' },
		...aboutPortal(absoluteUrl(routes.cadence, siteUrl)),
	];
}

/** The cadence as CSV, every week from the first news item to the build. */
export const cadenceCsv = (cadence: NewsCadence, siteUrl: string): string => toCsv(CADENCE_COLUMNS, cadenceRows(cadence, siteUrl));

/** The cadence as a spreadsheet, with its source and licence on a sheet of their own. */
export const cadenceXlsx = (cadence: NewsCadence, siteUrl: string): Promise<Uint8Array<ArrayBuffer>> =>
	toXlsx([
		{ name: SHEETS.data, columns: CADENCE_COLUMNS, rows: cadenceRows(cadence, siteUrl) },
		{ name: SHEETS.about, columns: FACT_COLUMNS, rows: cadenceFacts(cadence, siteUrl) },
	]);

/** The cadence as JSON text, with its source and licence. */
export function cadenceJsonText(cadence: NewsCadence, siteUrl: string): string {
	const licence = dataLicence();
	const body = {
		id: 'nhip-dang-tin',
		title: 'Số tin đăng trên cổng mỗi tuần',
		timeZone: 'Asia/Ho_Chi_Minh',
		source: CADENCE_SOURCE,
		target: {
			value: cadence.target,
			statement: cadence.targetStatement,
			scope: 'mọi kênh chính thống của tỉnh',
			source: { document: cadence.planLabel, url: absoluteUrl(cadence.targetHref, siteUrl) },
		},
		weeks: cadence.weeks.map((week) => ({ week: isoWeekCode(week), start: week.start, end: week.end, count: week.count })),
		publisher: publisherName(),
		licence: { id: licence.id, name: licence.name, url: licence.url },
		page: absoluteUrl(routes.cadence, siteUrl),
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}
