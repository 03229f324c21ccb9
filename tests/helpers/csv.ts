import { parse } from 'csv-parse/sync';

/** A CSV download read by a maintained parser (csv-parse), as a tool reading it would: BOM dropped, rows of strings. */
export function parseCsv(text: string): string[][] {
	return parse(text, { bom: true, relax_column_count: true });
}
