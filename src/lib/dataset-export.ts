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
	/** Result as a share of the target, in percent. */
	progress?: number | undefined;
	/** Document, section and its address. */
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
	{ header: 'Tỷ lệ đạt chỉ tiêu (%)', value: (row) => row.progress, type: 'number' },
	{ header: 'Nguồn mục tiêu', value: (row) => row.targetSource },
	{ header: 'Nguồn kết quả', value: (row) => row.resultSource },
	{ header: 'Ghi chú', value: (row) => row.note },
	{ header: 'Giấy phép', value: (row) => row.licence },
];

/** One week of the news cadence. */
export interface CadenceRow {
	/** "2026-W48". */
	week: string;
	/** Monday and Sunday, `YYYY-MM-DD`. */
	start: string;
	end: string;
	count: number;
	target: number;
	targetSource: string;
	licence: string;
}

/** Columns of the cadence's CSV and spreadsheet. */
export const CADENCE_COLUMNS: readonly Column<CadenceRow>[] = [
	{ header: 'Tuần ISO', value: (row) => row.week },
	{ header: 'Từ ngày', value: (row) => row.start, type: 'date' },
	{ header: 'Đến ngày', value: (row) => row.end, type: 'date' },
	{ header: 'Số tin trên cổng', value: (row) => row.count, type: 'number' },
	{ header: 'Chỉ tiêu tin, bài mỗi tuần (mọi kênh)', value: (row) => row.target, type: 'number' },
	{ header: 'Nguồn chỉ tiêu', value: (row) => row.targetSource },
	{ header: 'Giấy phép', value: (row) => row.licence },
];
