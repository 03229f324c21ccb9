/**
 * Starts Decap CMS, bundled from decap-cms-app with the site (no CDN): the
 * Vietnamese locale (cms/locale-vi.ts) and selects that speak it to screen readers, preview templates that render with the site's styles and
 * its own Markdown renderer, and an NFC pass on save. (The editor guide is
 * linked from the bar of the admin page and readable as a collection.)
 * The configuration is /admin/config.yml, generated from the content model.
 * Beside it, "is it live yet?" (cms/status.ts).
 */
import CMS from 'decap-cms-app';
import { fromJS } from 'immutable';
import siteStyles from '../src/styles/global.css?raw';
import { speakVietnameseWhileSorting } from './dnd-vi';
import { VIETNAMESE_PHRASES } from './locale-vi';
import { normaliseText } from './normalise';
import { PREVIEW_STYLES, registerPreviews } from './previews';
import { registerVietnameseSelects } from './select-vi';
import { startBuildStatus } from './status';

CMS.registerLocale('vi', VIETNAMESE_PHRASES);
registerVietnameseSelects(CMS);
speakVietnameseWhileSorting();
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewStyle(PREVIEW_STYLES, { raw: true });
registerPreviews(CMS);
CMS.registerEventListener({
	name: 'preSave',
	// Text typed or pasted may be NFD or carry hidden control characters: it is stored as NFC, cleaned.
	handler: ({ entry }: { entry: { get: (key: 'data') => { toJS: () => unknown } } }) => fromJS(normaliseText(entry.get('data').toJS())),
});
CMS.init();
startBuildStatus(document.querySelector<HTMLElement>('[data-build-status]'));
