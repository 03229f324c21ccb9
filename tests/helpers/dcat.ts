import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

/** The shapes the project writes for its catalogue, from DCAT-AP 3.0.0. */
const SHAPES = 'src/lib/dcat-shapes.ttl';

/** Refuses every remote context: the catalogue must carry its own. */
const noRemoteLoading = (url: string) => Promise.reject(new Error(`tải ngữ cảnh từ xa bị cấm: ${url}`));

/**
 * Expands a JSON-LD document with jsonld.js in safe mode, which throws on any key,
 * type or value it would have to drop: no term left unmapped.
 */
export function expandStrictly(document: object): Promise<object[]> {
	return jsonld.expand(document as jsonld.JsonLdDocument, { safe: true, documentLoader: noRemoteLoading } as jsonld.Options.Expand);
}

function store(nquads: string, format: string): Store {
	return new Store(new Parser({ format }).parse(nquads));
}

/** A problem SHACL found: the shape's path and the node. */
export interface ShaclProblem {
	path: string | undefined;
	focus: string;
	message: string;
}

/** Validates a JSON-LD document against the project's shapes with rdf-validate-shacl. */
export async function validateCatalogue(document: object): Promise<ShaclProblem[]> {
	const quads = (await jsonld.toRDF(
		document as jsonld.JsonLdDocument,
		{
			format: 'application/n-quads',
			safe: true,
			documentLoader: noRemoteLoading,
		} as jsonld.Options.ToRdf,
	)) as unknown as string;
	const shapes = store(readFileSync(SHAPES, 'utf8'), 'text/turtle');
	const report = await new SHACLValidator(shapes).validate(store(quads, 'application/n-quads'));
	return report.results.map((result) => ({
		path: result.path?.value,
		focus: result.focusNode?.value ?? '',
		message: result.message.map((message) => message.value).join('; '),
	}));
}
