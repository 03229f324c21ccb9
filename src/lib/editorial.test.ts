import { expect, test } from 'vitest';
import { editorialProblems } from './editorial';

test.each([
	['a greeting', 'Kính thưa bà con!', []],
	['a thank-you of two sentences', 'Xin cảm ơn bà con. Hẹn gặp lại!', []],
	['a sentence after a colon', 'Lưu ý: hãy đọc chậm.', []],
	['an opening quote at a sentence start', '“Xin chào” bà con.', []],
	['a figure', 'Có 900 người.', ['có chữ số (con số, ngày, số điện thoại phải lấy từ văn bản nguồn)']],
	['a percentage without digits', 'Gần như % dân số.', ['có tỷ lệ phần trăm']],
	['a phone number', 'Gọi 113.', ['có chữ số (con số, ngày, số điện thoại phải lấy từ văn bản nguồn)']],
	['a body named in lower case', 'Hãy đến công an xã.', ['nêu tên cơ quan ("công an")']],
	['a body abbreviated', 'Hỏi ubnd nơi ở.', ['nêu tên cơ quan ("ubnd")']],
	['a proper name mid-sentence', 'Hãy hỏi Trung tâm gần nhà.', ['có tên riêng ("Trung") giữa câu']],
])('%s', (_name, text, expected) => {
	expect(editorialProblems(text)).toEqual(expected);
});
