/**
 * The columns of the open-data files: one definition per table, read by the CSV,
 * the spreadsheet and the tests alike. Rows are plain facts that `src/data` joins;
 * a new column (a target's qualifier, say) is one entry here and one field of the row.
 */
import type { Column } from './columns';

/** A reporting period as a row shows it. */
export interface RowPeriod {
	/** "Quý 2/2022". */
	label: string;
	/** "2022-Q2". */
	code: string;
	/** First and last day, `YYYY-MM-DD`. */
	start: string;
	end: string;
}

/** One row of a dataset's table: a reported period, or the target alone while none is reported. */
export interface DatasetRow {
	dataset: string;
	/** The target's name. */
	label: string;
	/** The kind of target in words ("Số lượng"), never the stored code. */
	kind: string;
	unit: string;
	locality: string;
	year: number;
	period?: RowPeriod | undefined;
	value?: number | undefined;
	denominator?: number | undefined;
	target: number;
	targetDenominator?: number | undefined;
	/** The target as the plan qualifies it: "phấn đấu trên 50%", "ít nhất 02 bài hoặc tin". */
	targetFigure: string;
	/** Result as a share of the target, in percent. */
	progress?: number | undefined;
	/** Document and section, and the section's address when the portal has a public one. */
	targetSource: string;
	resultSource?: string | undefined;
	note?: string | undefined;
	/** Licence name and address. */
	licence: string;
}

/** Columns of every dataset's CSV and spreadsheet. */
export const DATASET_COLUMNS: readonly Column<DatasetRow>[] = [
	{ header: 'Mã bộ dữ liệu', value: (row) => row.dataset },
	{ header: 'Chỉ tiêu', value: (row) => row.label },
	{ header: 'Loại', value: (row) => row.kind },
	{ header: 'Đơn vị', value: (row) => row.unit },
	{ header: 'Địa bàn', value: (row) => row.locality },
	{ header: 'Năm', value: (row) => row.year, type: 'number' },
	{ header: 'Kỳ', value: (row) => row.period?.label },
	{ header: 'Mã kỳ', value: (row) => row.period?.code },
	{ header: 'Từ ngày', value: (row) => row.period?.start, type: 'date' },
	{ header: 'Đến ngày', value: (row) => row.period?.end, type: 'date' },
	{ header: 'Kết quả', value: (row) => row.value, type: 'number' },
	{ header: 'Mẫu số kết quả', value: (row) => row.denominator, type: 'number' },
	{ header: 'Mục tiêu', value: (row) => row.target, type: 'number' },
	{ header: 'Mẫu số mục tiêu', value: (row) => row.targetDenominator, type: 'number' },
	{ header: 'Cách ghi mục tiêu', value: (row) => row.targetFigure },
	{ header: 'Tỷ lệ đạt chỉ tiêu (%)', value: (row) => row.progress, type: 'number' },
	{ header: 'Nguồn mục tiêu', value: (row) => row.targetSource },
	{ header: 'Nguồn kết quả', value: (row) => row.resultSource },
	{ header: 'Ghi chú', value: (row) => row.note },
	{ header: 'Giấy phép', value: (row) => row.licence },
];

/** One week of the news cadence: of the whole portal, or of a plan's weekly target in its place and year. */
export interface CadenceRow {
	/** "Toàn cổng", or "Mục tiêu năm 2022 của tỉnh Quảng Ninh". */
	scope: string;
	/** "2026-W48". */
	week: string;
	/** Monday and Sunday, `YYYY-MM-DD`. */
	start: string;
	end: string;
	/** The week of the build, not over: counted, never judged. */
	inProgress: boolean;
	count: number;
	/** A plan target's weekly figure and how the plan words it; absent for the whole portal. */
	target?: number | undefined;
	targetFigure?: string | undefined;
	/** Whether the portal's own count reached the target ("Đạt", "Chưa đạt", or in progress). */
	status?: string | undefined;
	/** The plan and section, with its address when the portal has a public one. */
	targetSource?: string | undefined;
	licence: string;
}

/** Columns of the cadence's CSV and spreadsheet. */
export const CADENCE_COLUMNS: readonly Column<CadenceRow>[] = [
	{ header: 'Phạm vi', value: (row) => row.scope },
	{ header: 'Tuần ISO', value: (row) => row.week },
	{ header: 'Từ ngày', value: (row) => row.start, type: 'date' },
	{ header: 'Đến ngày', value: (row) => row.end, type: 'date' },
	{ header: 'Tuần đang diễn ra', value: (row) => (row.inProgress ? 'có' : 'không') },
	{ header: 'Số tin trên cổng', value: (row) => row.count, type: 'number' },
	{ header: 'Mục tiêu (tin, bài mỗi tuần, mọi kênh)', value: (row) => row.target, type: 'number' },
	{ header: 'Cách ghi mục tiêu', value: (row) => row.targetFigure },
	{ header: 'Cổng có đủ số tin của mục tiêu', value: (row) => row.status },
	{ header: 'Nguồn mục tiêu', value: (row) => row.targetSource },
	{ header: 'Giấy phép', value: (row) => row.licence },
];
