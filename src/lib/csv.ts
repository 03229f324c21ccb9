import { stringify } from 'csv-stringify/sync';
import { tableCells, type Column } from './columns';

/**
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a return)
 * gets an apostrophe in front: the CSV stays data (OWASP's "CSV injection" advice).
 */
const neutralise = (text: string) => (/^[=+\-@\t\r]/u.test(text) ? `'${text}` : text);

/**
 * A table as CSV (RFC 4180, written by csv-stringify): a header row, comma-separated, quoted
 * where needed, around edge spaces and line breaks, CRLF line ends. Numbers are written with a
 * dot, as data, not in the Vietnamese display format; dates as `YYYY-MM-DD`. The BOM (UTF-8
 * byte-order mark) keeps Excel from reading Vietnamese letters as Latin-1.
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
	const { header, cells } = tableCells(columns, rows);
	return stringify([header, ...cells], {
		bom: true,
		record_delimiter: 'windows',
		// csv-stringify quotes a field holding its own record delimiter (CRLF), not a lone \n.
		quoted_match: [/^\s|\s$/u, /[\r\n]/u],
		cast: { string: neutralise, number: (value) => (Number.isFinite(value) ? String(value) : '') },
	});
}
