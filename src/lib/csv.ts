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
