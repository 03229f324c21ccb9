/**
 * An exported table described once, as columns: the CSV, the spreadsheet and the
 * tests read the same definitions, so a column is added in one place (a target's
 * qualifier, say) and lands in every file.
 */

/** What a cell holds: text, a number, or nothing. A date is text `YYYY-MM-DD`. */
export type CellValue = string | number | undefined;

/** One column: its heading, how a row fills it, and how a spreadsheet types it. */
export interface Column<Row> {
	/** The heading readers see, in Vietnamese. */
	header: string;
	/** The cell of a row; `undefined` leaves it empty. */
	value: (row: Row) => CellValue;
	/** A number cell, a date cell (value `YYYY-MM-DD`), or text (the default). */
	type?: 'text' | 'number' | 'date';
}

/** A titled table: one sheet of a spreadsheet. */
export interface Table<Row> {
	/** Sheet name (at most 31 characters, no `[]:*?/\`). */
	name: string;
	columns: readonly Column<Row>[];
	rows: readonly Row[];
}

/** A label and its value, for the "about this file" sheet (source, licence, publisher). */
export interface Fact {
	label: string;
	value: string;
}

/** The columns of a facts sheet. */
export const FACT_COLUMNS: readonly Column<Fact>[] = [
	{ header: 'Mục', value: (fact) => fact.label },
	{ header: 'Nội dung', value: (fact) => fact.value },
];

/** The header row and the cells of each row, in column order. */
export function tableCells<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): { header: string[]; cells: CellValue[][] } {
	return { header: columns.map((column) => column.header), cells: rows.map((row) => columns.map((column) => column.value(row))) };
}
