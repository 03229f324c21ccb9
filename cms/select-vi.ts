/**
 * Decap's select and relation controls, speaking Vietnamese to screen readers.
 * Both render a react-select whose live-region sentences ("option X, selected",
 * "3 results available"), empty and loading messages and "Remove X" buttons are
 * react-select's own English, not Decap locale strings; Decap passes no props
 * for them. Each control is Decap's own class with its react-select element
 * given the Vietnamese props, so its behaviour stays Decap's.
 * @see https://react-select.com/advanced#accessibility
 */
import { cloneElement, createElement as h, type ComponentClass, type ReactElement } from 'react';
import { components, type AriaLiveMessages, type GroupBase, type MultiValueRemoveProps } from 'react-select';

type Messages = AriaLiveMessages<unknown, boolean, GroupBase<unknown>>;

/** Where things are counted: "2 trên 5". */
const position = (items: readonly unknown[] | undefined, item: unknown) =>
	items && items.length > 0 ? `${items.indexOf(item) + 1} trên ${items.length}` : '';

/** What the live region says, for each moment react-select speaks. */
const ariaLiveMessages: Messages = {
	guidance: ({ context, isSearchable, isMulti, tabSelectsValue, isInitialFocus, ...props }) => {
		if (context === 'menu') {
			return `Dùng phím mũi tên lên, xuống để chọn, phím Enter để lấy mục đang chọn, phím Esc để đóng danh sách${tabSelectsValue ? ', phím Tab để lấy mục và đóng danh sách' : ''}.`;
		}
		if (context === 'input' && isInitialFocus) {
			return `${props['aria-label'] ?? 'Ô chọn'} đang được chọn${isSearchable ? ', gõ để lọc danh sách' : ''}, bấm phím mũi tên xuống để mở danh sách${isMulti ? ', phím mũi tên trái để đến các mục đã chọn' : ''}.`;
		}
		if (context === 'value') return 'Dùng phím mũi tên trái, phải để chuyển giữa các mục đã chọn, phím Backspace để bỏ mục đang chọn.';
		return '';
	},
	onChange: ({ action, label = '', labels, isDisabled }) => {
		switch (action) {
			case 'deselect-option':
			case 'pop-value':
			case 'remove-value':
				return `Đã bỏ ${label}.`;
			case 'clear':
				return 'Đã bỏ hết các mục đã chọn.';
			case 'initial-input-focus':
				return `Đã chọn ${labels.join(', ')}.`;
			case 'select-option':
				return isDisabled ? `${label} không chọn được. Hãy chọn mục khác.` : `Đã chọn ${label}.`;
			default:
				return '';
		}
	},
	onFocus: ({ context, focused, options, label = '', selectValue, isDisabled, isSelected, isAppleDevice }) => {
		if (context === 'value' && selectValue) return `Mục đã chọn ${label}, ${position(selectValue, focused)}.`;
		if (context === 'menu' && isAppleDevice) {
			return `${label}${isSelected ? ', đã chọn' : ''}${isDisabled ? ', không chọn được' : ''}, ${position(options, focused)}.`;
		}
		return '';
	},
	onFilter: ({ inputValue, resultsMessage }) => `${resultsMessage}${inputValue ? ` cho “${inputValue}”` : ''}.`,
};

/** The react-select props that replace its English. */
export const VIETNAMESE_SELECT_PROPS = {
	ariaLiveMessages,
	screenReaderStatus: ({ count }: { count: number }) => (count === 0 ? 'Không có mục nào' : `Có ${count} mục`),
	noOptionsMessage: ({ inputValue }: { inputValue: string }) =>
		inputValue ? `Không có mục nào khớp với “${inputValue}”` : 'Không có mục nào',
	loadingMessage: () => 'Đang tải danh sách…',
};

/** The × of a chosen value, named for what it removes. */
function RemoveValue(props: MultiValueRemoveProps<{ label?: unknown }>) {
	const label = typeof props.data.label === 'string' ? props.data.label : '';
	return h(components.MultiValueRemove<{ label?: unknown }, boolean, GroupBase<{ label?: unknown }>>, {
		...props,
		innerProps: { ...props.innerProps, 'aria-label': `Bỏ ${label}` },
	});
}

/** A Decap control class; its props are Decap's widget props, which this module passes through untouched. */
type Control = ComponentClass<any>;

type SelectElement = ReactElement<{ components?: Record<string, unknown> }>;

/** Decap's control class, its rendered react-select given the Vietnamese props. */
function vietnamese(Decap: Control): Control {
	return class VietnameseControl extends Decap {
		override render() {
			const element = super.render() as SelectElement;
			return cloneElement(element, {
				...VIETNAMESE_SELECT_PROPS,
				components: { ...element.props.components, MultiValueRemove: RemoveValue },
			});
		}
	};
}

/** The registry calls used here (Decap's typings omit the schema argument). */
interface WidgetRegistry {
	getWidget: (name: string) => { control: unknown; preview?: unknown; schema?: unknown } | undefined;
	registerWidget: (name: string, control: Control, preview?: never, schema?: unknown) => void;
}

/** Replaces Decap's select and relation widgets by their Vietnamese-speaking versions. */
export function registerVietnameseSelects(cms: WidgetRegistry): void {
	for (const name of ['select', 'relation']) {
		const widget = cms.getWidget(name);
		if (!widget) throw new Error(`Decap không có kiểu ô “${name}”`);
		cms.registerWidget(name, vietnamese(widget.control as Control), widget.preview as never, widget.schema);
	}
}
