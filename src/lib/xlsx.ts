import { unzipSync } from 'fflate';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import type { Column, Table } from './columns';
import { zipFiles } from './zip';

/** The media type of an `.xlsx` workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How the spreadsheet shows a date: the Vietnamese day/month/year. */
const DATE_FORMAT = 'dd/mm/yyyy';

function cell<Row>(column: Column<Row>, row: Row): Cell {
	const value = column.value(row);
	if (value === undefined || value === '') return null;
	if (column.type === 'number' && typeof value === 'number') return { value, type: Number };
	if (column.type === 'date' && typeof value === 'string') {
		// Midnight UTC is a whole Excel serial day, whatever zone opens the file.
		return { value: new Date(`${value}T00:00:00Z`), type: Date, format: DATE_FORMAT };
	}
	return { value: String(value), type: String };
}

/** A column about as wide as its longest cell, within reason. */
function width<Row>(column: Column<Row>, rows: readonly Row[]): number {
	const longest = Math.max(column.header.length, ...rows.map((row) => String(column.value(row) ?? '').length));
	return Math.min(60, Math.max(10, longest + 2));
}

/**
 * Tables as an `.xlsx` workbook, one sheet each, written by write-excel-file: bold
 * headings on a frozen first row, numbers as numbers, dates as dates (`dd/mm/yyyy`),
 * text as text (never a formula). The archive is rewritten with fixed entry times.
 */
// Each sheet has rows of its own type: `any` lets one call take a data sheet and a facts sheet.
export async function toXlsx(tables: readonly Table<any>[]): Promise<Uint8Array<ArrayBuffer>> {
	const sheets = tables.map((table) => ({
		sheet: table.name,
		stickyRowsCount: 1,
		columns: table.columns.map((column) => ({ width: width(column, table.rows) })),
		data: [
			table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
			...table.rows.map((row) => table.columns.map((column) => cell(column, row))),
		],
	}));
	const written = await writeXlsxFile(sheets).toBuffer();
	return zipFiles(unzipSync(new Uint8Array(written)));
}
