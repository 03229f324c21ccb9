/**
 * Decap's lists and relations are sortable with dnd-kit, whose screen-reader
 * instructions and announcements ("To pick up a draggable item, press the space
 * bar…") are English and which Decap gives no props for. dnd-kit reads them from
 * the exported default objects at each render, so they are said in Vietnamese
 * there, once, before the admin starts.
 * @see https://docs.dndkit.com/guides/accessibility
 */
import { defaultAnnouncements, defaultScreenReaderInstructions } from '@dnd-kit/core';

/** Sets dnd-kit's default instructions and announcements to Vietnamese. */
export function speakVietnameseWhileSorting(): void {
	defaultScreenReaderInstructions.draggable =
		'Để nhấc một mục lên, bấm phím cách. Trong khi kéo, dùng các phím mũi tên để di chuyển mục. Bấm phím cách lần nữa để đặt mục vào chỗ mới, hoặc phím Esc để hủy.';
	Object.assign(defaultAnnouncements, {
		onDragStart: () => 'Đã nhấc mục lên.',
		onDragOver: ({ over }: { over: unknown }) => (over ? 'Mục đang ở trên một chỗ đặt.' : 'Mục không ở trên chỗ đặt nào.'),
		onDragEnd: ({ over }: { over: unknown }) => (over ? 'Đã đặt mục vào chỗ mới.' : 'Đã thả mục.'),
		onDragCancel: () => 'Đã hủy kéo, mục về chỗ cũ.',
	});
}
