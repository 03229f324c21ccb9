/**
 * The `day` widget, for every date of the content model: a text box that shows
 * and reads ngày/tháng/năm and a "Hôm nay" button that fills today in Việt Nam.
 * Decap's datetime widget cannot do this: Chromium's native date input follows
 * the browser's language (mm/dd/yyyy in an English browser), and "now" and the
 * `{{year}}` slug parts use the browser's or UTC's day (see day-input.ts).
 */
import { Component, createElement as h } from 'react';
import type CMS from 'decap-cms-app';
import { DAY_MESSAGE, parseDayInput, showDay, todayInVietnam } from './day-input';

interface DayProps {
	value?: unknown;
	forID: string;
	classNameWrapper: string;
	onChange: (value: string) => void;
	setActiveStyle: () => void;
	setInactiveStyle: () => void;
}

/** A stored day: YAML may hand a bare `2025-06-01` over as a Date at UTC midnight, the same calendar day. */
const stored = (value: unknown): string =>
	value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';

export function registerDayWidget(cms: typeof CMS): void {
	class DayControl extends Component<DayProps, { text: string | undefined }> {
		override state = { text: undefined as string | undefined };

		isValid = () => {
			const value = stored(this.props.value);
			return value === '' || parseDayInput(value) === value ? true : { error: { type: 'CUSTOM', message: DAY_MESSAGE } };
		};

		private change(text: string) {
			this.setState({ text });
			// An unreadable day is kept as typed, so that isValid stops the save with its message.
			this.props.onChange(parseDayInput(text) ?? text.trim());
		}

		override render() {
			const value = stored(this.props.value);
			return h(
				'div',
				{ className: this.props.classNameWrapper, style: { display: 'flex', gap: '0.5rem', alignItems: 'center' } },
				h('input', {
					id: this.props.forID,
					type: 'text',
					inputMode: 'numeric',
					autoComplete: 'off',
					placeholder: 'ngày/tháng/năm',
					value: this.state.text ?? showDay(value),
					style: { border: 0, outline: 'none', flex: '1', font: 'inherit', background: 'transparent' },
					onChange: (event: { target: { value: string } }) => this.change(event.target.value),
					onFocus: this.props.setActiveStyle,
					onBlur: () => {
						this.setState({ text: undefined });
						this.props.setInactiveStyle();
					},
				}),
				h('button', { type: 'button', onClick: () => this.change(showDay(todayInVietnam(new Date()))) }, 'Hôm nay'),
			);
		}
	}
	cms.registerWidget('day', DayControl as never);
}
