/** A cell value: text, a number, or empty. */
export type CsvValue = string | number | null | undefined;

/** UTF-8 byte-order mark: without it Excel reads Vietnamese letters as Latin-1. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break
 * or edge spaces, with quotes doubled. Text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a return) is prefixed with an apostrophe. Numbers are
 * written with a dot, as data, not in the Vietnamese display format.
 */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A CSV file with a header row, CRLF line ends and a BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return `${BOM}${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Parses CSV made by `toCsv` (or any RFC 4180 file) back into rows of strings. */
export function parseCsv(text: string): string[][] {
	const input = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < input.length; i += 1) {
		const char = input[i];
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && input[i + 1] === '\n') i += 1;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else {
			field += char;
		}
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
