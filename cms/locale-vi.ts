/**
 * The admin's Vietnamese: Decap's `vi` phrases over its `en` ones (Decap's vi
 * has about 170 of the 250 keys, and a missing key falls back to English),
 * with the project's phrases on top for every key vi lacks and the few it
 * leaves in English ("View as", "backend", "issue"). Registered as `vi` by
 * cms/admin.ts; cms/locale-vi.test.ts checks that no key is left in English.
 * @see https://decapcms.org/docs/configuration-options/#locale
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';

/** A tree of phrases, as Decap's locales are written. */
export interface Phrases {
	[key: string]: string | Phrases;
}

/** The project's phrases: what Decap's vi lacks or says in English. `%{…}` are Decap's placeholders. */
const PROJECT_PHRASES: Phrases = {
	auth: {
		loginWithAzure: 'Đăng nhập bằng Azure',
		loginWithForgejo: 'Đăng nhập bằng Forgejo',
		errors: {
			identitySettings: 'Không truy cập được thiết lập đăng nhập của máy chủ. Hãy báo người quản trị kỹ thuật của cổng.',
		},
	},
	app: {
		app: {
			checkConfigYml: 'Hãy kiểm tra cấu hình của trang quản trị.',
			waitingBackend: 'Đang chờ máy chủ nội dung…',
		},
	},
	collection: {
		collectionTop: {
			viewAs: 'Xem dạng',
			viewAsList: 'Xem dạng danh sách',
			viewAsGrid: 'Xem dạng lưới',
			groupBy: 'Nhóm theo',
		},
		entries: { unpublishedHeader: 'Bài chưa công bố' },
		groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
	},
	editor: {
		// Decap fills these two with the widget's and the field's internal names (`string`, `eventDate`): not said.
		editorControl: { field: { widgetLabel: 'Ô nhập' } },
		editorControlPane: {
			i18n: {
				writingInLocale: 'Đang viết bằng %{locale}',
				copyFromLocale: 'Điền từ ngôn ngữ khác',
				copyFromLocaleConfirm: 'Điền dữ liệu từ bản %{locale}?\nMọi nội dung đang có sẽ bị thay thế.',
			},
		},
		editorInterface: {
			toggleI18n: 'Bật, tắt song ngữ',
			togglePreview: 'Bật, tắt xem trước',
			toggleScrollSync: 'Cuộn cùng nhau',
			toggleNotes: 'Bật, tắt ghi chú',
		},
		editorNotesPane: {
			title: 'Ghi chú',
			emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với người duyệt.',
			addNote: 'Thêm ghi chú',
			addPlaceholder: 'Thêm một ghi chú…',
			editPlaceholder: 'Sửa ghi chú…',
			save: 'Lưu',
			cancel: 'Hủy',
			edit: 'Sửa',
			delete: 'Xóa',
			resolve: 'Đã xử lý',
			unresolve: 'Mở lại',
			confirmDelete: 'Xóa ghi chú này?',
			shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
		},
		editorToolbar: {
			// Decap's vi says "Trạng: …", half the word.
			status: 'Trạng thái: %{status}',
			statusInfoTooltipDraft: 'Bài đang ở trạng thái nháp. Khi viết xong, hãy chuyển sang “Đang xét duyệt” để gửi duyệt.',
			statusInfoTooltipInReview: 'Bài đang được xét duyệt, không cần làm gì thêm. Vẫn có thể sửa tiếp trong khi chờ duyệt.',
		},
		editorWidgets: {
			markdown: {
				bold: 'Chữ đậm',
				italic: 'Chữ nghiêng',
				strikethrough: 'Gạch ngang chữ',
				code: 'Mã',
				link: 'Liên kết',
				linkPrompt: 'Nhập địa chỉ của liên kết',
				headings: 'Đề mục',
				quote: 'Trích dẫn',
				bulletedList: 'Danh sách gạch đầu dòng',
				numberedList: 'Danh sách đánh số',
				addComponent: 'Chèn thành phần',
				toggleMode: {
					rich: 'Chuyển sang chế độ soạn thảo trực quan',
					markdown: 'Chuyển sang chế độ Markdown',
				},
			},
			image: {
				chooseMultiple: 'Chọn ảnh',
				chooseUrl: 'Chèn từ địa chỉ URL',
				replaceUrl: 'Thay bằng địa chỉ URL',
				promptUrl: 'Nhập địa chỉ URL của ảnh',
				addMore: 'Thêm ảnh',
				removeAll: 'Bỏ tất cả ảnh',
			},
			file: {
				chooseUrl: 'Chèn từ địa chỉ URL',
				chooseMultiple: 'Chọn tệp',
				replaceUrl: 'Thay bằng địa chỉ URL',
				promptUrl: 'Nhập địa chỉ URL của tệp',
				addMore: 'Thêm tệp',
				removeAll: 'Bỏ tất cả tệp',
			},
			datetime: { setToNow: 'Đặt là thời điểm hiện tại' },
			list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
			object: { expand: 'Mở ra', collapse: 'Thu gọn' },
			unknownControl: { noControl: 'Không có ô nhập cho kiểu “%{widget}”.' },
			unknownPreview: { noPreview: 'Không có bản xem trước cho kiểu “%{widget}”.' },
		},
	},
	mediaLibrary: {
		mediaLibraryCard: {
			copy: 'Chép',
			copyUrl: 'Chép địa chỉ URL',
			copyPath: 'Chép đường dẫn',
			copyName: 'Chép tên tệp',
			copied: 'Đã chép',
		},
		mediaLibrary: {
			fileTooLarge: 'Tệp quá lớn.\nCổng chỉ nhận tệp đến %{size} KB.',
		},
		mediaLibraryModal: { close: 'Đóng' },
	},
	workflow: {
		// Day and month as numbers: Decap formats the date with moment in English, which would say "2 December".
		workflow: { dateFormat: 'DD/MM' },
	},
	ui: {
		default: { goBackToSite: 'Xem trang công khai' },
		errorBoundary: {
			reportIt: 'báo lỗi cho nhóm phát triển Decap trên GitHub.',
			privacyWarning:
				'Báo lỗi sẽ kèm sẵn nội dung lỗi và dữ liệu gỡ lỗi.\nHãy kiểm tra những thông tin này và xóa dữ liệu riêng tư nếu cần.',
		},
		settingsDropdown: { account: 'Tài khoản' },
		toast: {
			onBackendDown: 'Máy chủ nội dung đang gặp trục trặc. Xem %{details} để biết thêm.',
			noteAdded: 'Đã thêm ghi chú',
			onFailToAddNote: 'Không thêm được ghi chú: %{details}',
			noteUpdated: 'Đã sửa ghi chú',
			onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
			noteDeleted: 'Đã xóa ghi chú',
			onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
			noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
			noteReopened: 'Đã mở lại ghi chú',
			onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
			// Decap 3 fails this way on every file-collection entry (the settings page) once `site_url` is
			// set, with a JavaScript error as details: the editor is told what is missing, not the error.
			onFailToLoadDeployPreview: 'Chưa lấy được đường dẫn xem trên trang.',
		},
	},
};

/** `over` laid on `under`, key by key (a string wins; trees merge). */
function merge(under: Phrases, over: Phrases): Phrases {
	const out: Phrases = { ...under };
	for (const [key, value] of Object.entries(over)) {
		const below = out[key];
		out[key] = typeof value === 'object' && typeof below === 'object' ? merge(below, value) : value;
	}
	return out;
}

/** The phrases registered as `vi`: Decap's en, under Decap's vi, under the project's. */
export const VIETNAMESE_PHRASES: Phrases = [en as Phrases, vi as Phrases, PROJECT_PHRASES].reduce(merge);
