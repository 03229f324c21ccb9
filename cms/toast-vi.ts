/**
 * Decap shows its notices with react-toastify and gives the container no props,
 * so the close button says "close" and the progress bar "notification timer" to
 * screen readers. Their labels are set once when a notice appears; React does not
 * touch an attribute again while its prop is unchanged.
 */

/** What each part of a notice says to a screen reader, by its react-toastify class. */
const NOTICE_LABELS: Record<string, string> = {
	'.Toastify__close-button': 'Đóng thông báo',
	'.Toastify__progress-bar': 'Thời gian còn lại của thông báo',
};

function labelNotices(root: ParentNode): void {
	for (const [selector, label] of Object.entries(NOTICE_LABELS)) {
		for (const element of root.querySelectorAll(selector)) element.setAttribute('aria-label', label);
	}
}

/** Labels every notice the admin shows, now and later, in Vietnamese. */
export function speakVietnameseInNotices(): void {
	new MutationObserver(() => labelNotices(document.body)).observe(document.body, { childList: true, subtree: true });
}
