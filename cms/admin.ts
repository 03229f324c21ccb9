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
import { ADMIN_HELLO } from '../src/integrations/admin-no-reload';
import { speakVietnameseWhileSorting } from './dnd-vi';
import { VIETNAMESE_PHRASES } from './locale-vi';
import { normaliseText } from './normalise';
import { PREVIEW_STYLES, registerPreviews } from './previews';
import { quietRefusedSaves } from './refused-save';
import { registerVietnameseSelects } from './select-vi';
import { startBuildStatus } from './status';
import { speakVietnameseInNotices } from './toast-vi';
import { dropEmpty } from './widgets/group-check';
import { registerDayWidget } from './widgets/day';
import { registerGroupWidget } from './widgets/group';
import { registerTargetWidget } from './widgets/target';

CMS.registerLocale('vi', VIETNAMESE_PHRASES);
quietRefusedSaves(window);
registerVietnameseSelects(CMS);
speakVietnameseWhileSorting();
speakVietnameseInNotices();
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewStyle(PREVIEW_STYLES, { raw: true });
registerPreviews(CMS);
registerGroupWidget(CMS);
registerDayWidget(CMS);
registerTargetWidget(CMS);
CMS.registerEventListener({
	name: 'preSave',
	// Text typed or pasted may be NFD or carry hidden control characters: it is stored as NFC, cleaned;
	// a group or text field left empty is not written (empty means absent).
	handler: ({ entry }: { entry: { get: (key: 'data') => { toJS: () => unknown } } }) =>
		fromJS(dropEmpty(normaliseText(entry.get('data').toJS()))),
});
CMS.init();
// Under `npm run cms`: tells the dev server not to reload this page when a save changes content/.
(import.meta as ImportMeta & { hot?: { send: (event: string) => void } }).hot?.send(ADMIN_HELLO);
startBuildStatus(document.querySelector<HTMLElement>('[data-build-status]'));
