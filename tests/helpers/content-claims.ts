import { readContentSources } from '../../src/content-check/read';
import { parseContentFile, validate } from '../../src/content-check/parse';
import { CLAIM, findTagged, type Claim } from '../../src/schemas/claim';
import {
	collectionSchemas,
	COLLECTIONS,
	standaloneTools,
	type CollectionDefinition,
	type DataCollectionName,
} from '../../src/schemas/collections';

/** A claim of the content and where it stands (`content/services/x.yaml: description.0`). */
export interface ContentClaim {
	where: string;
	claim: Claim;
}

/**
 * Every claim of the content, found through the model (the fields whose schema is a
 * claim), read from the files as the check reads them: the scope is the model's, not
 * a list kept by a test.
 */
export function contentClaims(root = '.'): ContentClaim[] {
	const sources = readContentSources(root);
	const schemas = collectionSchemas(standaloneTools(sources.localityIds));
	return sources.files.flatMap((file) => {
		if ((COLLECTIONS[file.collection] as CollectionDefinition).schema === undefined) return [];
		const collection = file.collection as DataCollectionName;
		const data = validate(parseContentFile(file.file, file.text), schemas[collection]).data;
		return findTagged(schemas[collection], data, CLAIM).map(({ path, value }) => ({
			where: `${file.file}: ${path.join('.')}`,
			claim: value as Claim,
		}));
	});
}
