import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, walkSync, type ElementNode } from 'ultrahtml';

/**
 * The one table of the site, for the `Table` component and for tables editors write in
 * Markdown. On a narrow screen a table of `data-layout="stack"` shows each row as a block
 * and each cell after its column's name (`td::before { content: attr(data-label) }`, in
 * `global.css`): that name is copied here from the table's header row, so it is written once.
 */

/** Class of the box every table sits in; `global.css` styles it. */
export const TABLE_CLASS = 'table';

const children = (node: ElementNode) => node.children.filter((child): child is ElementNode => child.type === ELEMENT_NODE);

/** A cell's text as written in the HTML (entities kept), tags dropped and spaces collapsed. */
function rawText(node: ElementNode): string {
	let text = '';
	walkSync(node, (child) => {
		if (child.type === TEXT_NODE) text += child.value;
	});
	return text.replace(/\s+/gu, ' ').trim();
}

const span = (cell: ElementNode) => Math.max(1, Number.parseInt(cell.attributes.colspan ?? '1', 10) || 1);

/** The column names of a table: its header's last row (or a first row of only `th`), expanded over colspans. */
function columnNames(table: ElementNode): string[] {
	const sections = children(table);
	const head = sections.find((node) => node.name === 'thead');
	const rows = head ? children(head).filter((node) => node.name === 'tr') : [];
	const headerRow = rows.at(-1);
	if (!headerRow) return [];
	return children(headerRow).flatMap((cell) => Array.from({ length: span(cell) }, () => rawText(cell)));
}

/**
 * Gives every data cell of every table in `html` a `data-label` naming its column, unless
 * it has one. Row headers need none: they are the row's title. The HTML is otherwise
 * unchanged; labels are copied as written, so they stay escaped.
 */
export function labelCells(html: string): string {
	if (!html.includes('<table')) return html;
	const document = parse(html);
	walkSync(document, (node) => {
		if (node.type !== ELEMENT_NODE || node.name !== 'table') return;
		const table = node as ElementNode;
		const names = columnNames(table);
		if (names.length === 0) return;
		for (const body of children(table).filter((section) => section.name === 'tbody')) {
			for (const row of children(body).filter((child) => child.name === 'tr')) {
				let column = 0;
				for (const cell of children(row)) {
					const name = names[column];
					if (cell.name === 'td' && name && cell.attributes['data-label'] === undefined) {
						cell.attributes['data-label'] = name.replace(/"/gu, '&quot;');
					}
					column += span(cell);
				}
			}
		}
	});
	return renderSync(document);
}
