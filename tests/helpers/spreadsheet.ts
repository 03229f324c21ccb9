import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** A cell as LibreOffice read it: its `office:value-type` and its value. */
export type SheetCell =
	{ type: 'float'; value: number } | { type: 'date'; value: string } | { type: 'string'; value: string } | { type: 'empty' };

/** A sheet as rows of cells, trailing empty cells and rows dropped. */
export interface ReadSheet {
	name: string;
	rows: SheetCell[][];
}

/** LibreOffice provisioned by `npm test` (`SOFFICE_PATH`), or Debian's path. */
function sofficeBinary(): string {
	const path = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
	if (!existsSync(path))
		throw new Error(
			'Không thấy LibreOffice: chạy bằng "npm test" (tự cài), hoặc "apt-get install -y libreoffice-calc-nogui" rồi đặt SOFFICE_PATH=/usr/bin/soffice.',
		);
	return path;
}

type XmlNode = Record<string, unknown>;
const list = (value: unknown): XmlNode[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as XmlNode[];

/** The text of an element: its text nodes and those of its children, `<text:s/>` as spaces. */
function textOf(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node !== 'object') return String(node);
	return Object.entries(node as XmlNode)
		.filter(([key]) => !key.startsWith('@_'))
		.map(([key, value]) =>
			key === 'text:s'
				? list(value)
						.map((space) => ' '.repeat(Number(space['@_text:c'] ?? 1)))
						.join('')
				: list(value).map(textOf).join(''),
		)
		.join('');
}

function readCell(cell: XmlNode): SheetCell {
	const type = cell['@_office:value-type'];
	if (type === 'float' || type === 'percentage') return { type: 'float', value: Number(cell['@_office:value']) };
	if (type === 'date') return { type: 'date', value: String(cell['@_office:date-value']).slice(0, 10) };
	if (type === 'string') return { type: 'string', value: list(cell['text:p']).map(textOf).join('\n') };
	return { type: 'empty' };
}

function trimEnd<T>(items: T[], empty: (item: T) => boolean): T[] {
	let end = items.length;
	while (end > 0 && empty(items[end - 1]!)) end -= 1;
	return items.slice(0, end);
}

function readSheets(fods: string): ReadSheet[] {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false });
	const document = parser.parse(fods) as XmlNode;
	const body = (document['office:document'] as XmlNode)['office:body'] as XmlNode;
	const tables = list((body['office:spreadsheet'] as XmlNode)['table:table']);
	return tables.map((table) => {
		const rows: SheetCell[][] = [];
		for (const row of list(table['table:table-row'])) {
			const cells: SheetCell[] = [];
			for (const cell of [...list(row['table:table-cell']), ...list(row['table:covered-table-cell'])]) {
				const read = readCell(cell);
				// A run of identical cells is written once with a count; trailing blanks can repeat a thousand times.
				const repeat = Math.min(Number(cell['@_table:number-columns-repeated'] ?? 1), read.type === 'empty' ? 64 : 1024);
				for (let index = 0; index < repeat; index += 1) cells.push(read);
			}
			const trimmed = trimEnd(cells, (cell) => cell.type === 'empty');
			const repeat = trimmed.length === 0 ? 1 : Number(row['@_table:number-rows-repeated'] ?? 1);
			for (let index = 0; index < repeat; index += 1) rows.push(trimmed);
		}
		return { name: String(table['@_table:name']), rows: trimEnd(rows, (row) => row.length === 0) };
	});
}

/**
 * Opens spreadsheets with LibreOffice Calc, as a person would, all in one headless run with
 * a profile of its own, converted to flat ODS, where each cell says whether it holds a
 * number, a date or text. Returns the sheets of each file, by file name.
 */
export function openWithLibreOffice(files: readonly string[]): Map<string, ReadSheet[]> {
	const work = mkdtempSync(join(tmpdir(), 'portal-soffice-'));
	try {
		const home = join(work, 'home');
		const out = join(work, 'out');
		mkdirSync(home);
		mkdirSync(out);
		const result = spawnSync(sofficeBinary(), ['--headless', '--norestore', '--convert-to', 'fods', '--outdir', out, ...files], {
			env: { ...process.env, HOME: home },
			encoding: 'utf8',
			timeout: 240_000,
		});
		const sheets = new Map<string, ReadSheet[]>();
		for (const file of files) {
			const name = basename(file).replace(/\.xlsx$/u, '');
			const converted = join(out, `${name}.fods`);
			if (!existsSync(converted)) throw new Error(`LibreOffice không mở được ${file}:\n${result.stdout}\n${result.stderr}`);
			sheets.set(basename(file), readSheets(readFileSync(converted, 'utf8')));
		}
		return sheets;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
