import { loadSiteConfig } from '../config/site';
import { FACT_COLUMNS, type Fact } from '../lib/columns';
import { toCsv } from '../lib/csv';
import { CADENCE_COLUMNS, DATASET_COLUMNS, type CadenceRow, type DatasetRow } from '../lib/dataset-export';
import { isoWeekCode } from '../lib/dates';
import { periodDates } from '../lib/indicators';
import { publicUrl } from '../lib/public-address';
import { routes } from '../lib/routes';
import { toXlsx } from '../lib/xlsx';
import { licences } from '../schemas/vocabulary';
import { WEEK_STATUS_LABELS, type NewsCadence } from './cadence';
import { datasetJson, DEMO_NOTE, type Dataset } from './datasets';

/**
 * The files of each dataset and of the news cadence: CSV for tools, a spreadsheet
 * for people, JSON for programs. Each states its source and its licence; the pages,
 * the archive of everything and the catalogue all take their bytes from here.
 * `address` is the portal's public address (`publicSiteAddress()`): sources cite it,
 * and a copy without one says it is a demonstration and cites no address.
 */

/** "Kế hoạch 146/KH-UBND, mục I.2.4 (https://…/ke-hoach/…#muc-2-4)", the address only when there is one. */
const withAddress = (text: string, path: string | undefined, address: string | undefined) => {
	const link = path === undefined ? undefined : publicUrl(path, address);
	return link ? `${text} (${link})` : text;
};

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

function datasetRows(dataset: Dataset, address: string | undefined): DatasetRow[] {
	const base = {
		dataset: dataset.id,
		label: dataset.label,
		kind: dataset.kindLabel,
		unit: dataset.unit,
		locality: dataset.locality.name,
		year: dataset.year,
		target: dataset.target.value,
		targetDenominator: dataset.target.denominator,
		targetFigure: dataset.target.figure,
		targetSource: withAddress(`${dataset.plan.label}, ${dataset.target.sectionName}`, dataset.target.sectionHref, address),
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

function datasetFacts(dataset: Dataset, address: string | undefined): Fact[] {
	return [
		{ label: 'Bộ dữ liệu', value: dataset.label },
		{ label: 'Mã bộ dữ liệu', value: dataset.id },
		{ label: 'Địa bàn, năm', value: `${dataset.locality.name}, năm ${dataset.year}` },
		{ label: 'Chỉ tiêu theo', value: `${dataset.plan.label}, ${dataset.target.sectionName}` },
		{ label: 'Nguyên văn chỉ tiêu', value: dataset.target.statement },
		{ label: 'Cách ghi mục tiêu', value: dataset.target.figure },
		...addressFact('Địa chỉ của mục', dataset.target.sectionHref, address),
		{
			label: 'Nguồn kết quả',
			value:
				dataset.observations.length > 0 ? 'Văn bản báo cáo ghi ở từng dòng (cột "Nguồn kết quả").' : 'Chưa có kỳ báo cáo nào được công bố.',
		},
		...aboutPortal(dataset.href, address),
	];
}

/** A fact holding an address: the address, or none on a demonstration copy. */
function addressFact(label: string, path: string, address: string | undefined): Fact[] {
	const link = publicUrl(path, address);
	return link ? [{ label, value: link }] : [];
}

function aboutPortal(page: string, address: string | undefined): Fact[] {
	return [
		{ label: 'Đơn vị công bố', value: publisherName() },
		...(address === undefined ? [{ label: 'Bản trình diễn', value: DEMO_NOTE }] : addressFact('Trang dữ liệu', page, address)),
		{ label: 'Giấy phép', value: dataLicence().name },
		{ label: 'Địa chỉ giấy phép', value: dataLicence().url },
		{ label: 'Dùng lại', value: REUSE },
	];
}

/** A dataset as CSV: one row per reported period, or the target alone. */
export const datasetCsv = (dataset: Dataset, address: string | undefined): string => toCsv(DATASET_COLUMNS, datasetRows(dataset, address));

/** A dataset as a spreadsheet: its rows, and its source and licence on a sheet of their own. */
export const datasetXlsx = (dataset: Dataset, address: string | undefined): Promise<Uint8Array<ArrayBuffer>> =>
	toXlsx([
		{ name: SHEETS.data, columns: DATASET_COLUMNS, rows: datasetRows(dataset, address) },
		{ name: SHEETS.about, columns: FACT_COLUMNS, rows: datasetFacts(dataset, address) },
	]);

/** A dataset as JSON text. */
export const datasetJsonText = (dataset: Dataset, address: string | undefined): string =>
	`${JSON.stringify({ ...datasetJson(dataset, address), publisher: publisherName() }, null, 2)}\n`;

function cadenceRows(cadence: NewsCadence, address: string | undefined): CadenceRow[] {
	const licence = licenceText();
	const week = (item: NewsCadence['weeks'][number]) => ({
		week: isoWeekCode(item),
		start: item.start,
		end: item.end,
		inProgress: item.inProgress,
		count: item.count,
		licence,
	});
	const portal = cadence.weeks.map((item) => ({ scope: 'Toàn cổng', ...week(item) }));
	const targets = cadence.targets.flatMap((target) =>
		target.weeks.map((item) => ({
			scope: `Mục tiêu năm ${target.year} của ${target.locality.name}`,
			...week(item),
			target: target.value,
			targetFigure: target.figure,
			status: WEEK_STATUS_LABELS[item.status],
			targetSource: withAddress(target.source.label, target.source.href, address),
		})),
	);
	return [...portal, ...targets];
}

/** Where the cadence's counts come from. */
const CADENCE_SOURCE =
	'Đếm tự động từ các tin đăng trong mục Tin tức của cổng, theo ngày đăng và tuần ISO (thứ Hai đến Chủ nhật, giờ Việt Nam).';

/** What the portal's own count can and cannot show. */
const CADENCE_SCOPE = 'chỉ các tin của cổng này; chỉ tiêu của kế hoạch tính mọi kênh chính thống';

function cadenceFacts(cadence: NewsCadence, address: string | undefined): Fact[] {
	return [
		{ label: 'Bộ dữ liệu', value: 'Số tin đăng trên cổng mỗi tuần' },
		{ label: 'Nguồn số tin', value: CADENCE_SOURCE },
		...cadence.targets.map((target) => ({
			label: `Mục tiêu năm ${target.year} của ${target.locality.name}`,
			value: withAddress(`${target.source.label}: "${target.statement}"`, target.source.href, address),
		})),
		{ label: 'Phạm vi mục tiêu', value: CADENCE_SCOPE },
		...aboutPortal(routes.cadence, address),
	];
}

/** The cadence as CSV: every week of the portal from its first item, then each plan target's weeks. */
export const cadenceCsv = (cadence: NewsCadence, address: string | undefined): string =>
	toCsv(CADENCE_COLUMNS, cadenceRows(cadence, address));

/** The cadence as a spreadsheet, with its source and licence on a sheet of their own. */
export const cadenceXlsx = (cadence: NewsCadence, address: string | undefined): Promise<Uint8Array<ArrayBuffer>> =>
	toXlsx([
		{ name: SHEETS.data, columns: CADENCE_COLUMNS, rows: cadenceRows(cadence, address) },
		{ name: SHEETS.about, columns: FACT_COLUMNS, rows: cadenceFacts(cadence, address) },
	]);

/** The cadence as JSON text: every week of the portal by posting date, and each plan target over its own place and year. */
export function cadenceJsonText(cadence: NewsCadence, address: string | undefined): string {
	const licence = dataLicence();
	const week = (item: NewsCadence['weeks'][number]) => ({
		week: isoWeekCode(item),
		start: item.start,
		end: item.end,
		count: item.count,
		...(item.inProgress ? { inProgress: true } : {}),
	});
	const body = {
		id: 'nhip-dang-tin',
		title: 'Số tin đăng trên cổng mỗi tuần',
		timeZone: 'Asia/Ho_Chi_Minh',
		source: CADENCE_SOURCE,
		countedBy: 'ngày đăng lên cổng (không phải ngày của sự việc)',
		scope: CADENCE_SCOPE,
		weeks: cadence.weeks.map(week),
		targets: cadence.targets.map((target) => ({
			id: target.id,
			plan: target.planName,
			locality: target.locality.name,
			year: target.year,
			value: target.value,
			figure: target.figure,
			statement: target.statement,
			state: target.state,
			counts: 'tin gắn địa bàn này và tin không gắn địa bàn',
			source: { label: target.source.label, ...(target.source.href && address ? { url: publicUrl(target.source.href, address) } : {}) },
			weeks: target.weeks.map((item) => ({ ...week(item), status: item.status })),
			finishedWeeks: target.finished,
			weeksWithTarget: target.met,
		})),
		publisher: publisherName(),
		licence: { id: licence.id, name: licence.name, url: licence.url },
		...(address === undefined ? { demonstration: DEMO_NOTE } : { page: publicUrl(routes.cadence, address) }),
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}
