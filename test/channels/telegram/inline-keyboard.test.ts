import { describe, expect, it } from 'vitest';
import { fitsCallbackData, inlineKeyboard } from '../../../src/channels/telegram/inline-keyboard';

describe('inlineKeyboard', () => {
  it('puts short decision buttons on one row with the values as callback data', () => {
    const keyboard = inlineKeyboard([
      { value: 'd:Tk9:A', label: '✅ Setujui' },
      { value: 'd:Tk9:R', label: '❌ Tolak' },
    ]);
    expect(keyboard.inline_keyboard).toEqual([
      [
        { text: '✅ Setujui', callback_data: 'd:Tk9:A' },
        { text: '❌ Tolak', callback_data: 'd:Tk9:R' },
      ],
    ]);
  });

  it('lays four short decision buttons out two by two', () => {
    const keyboard = inlineKeyboard(['APPROVE', 'CHANGE', 'DEFER', 'REJECT'].map((d) => ({ value: `dec:tok:${d}`, label: d })));
    expect(keyboard.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ['APPROVE', 'CHANGE'],
      ['DEFER', 'REJECT'],
    ]);
  });

  it('gives menu entries a row each', () => {
    const keyboard = inlineKeyboard([
      { value: 'leave_request', label: '📝 Ajukan cuti' },
      { value: 'my_requests', label: '📋 Status pengajuan' },
      { value: 'balance', label: '📊 Sisa cuti' },
      { value: 'help', label: '❓ Bantuan' },
    ]);
    expect(keyboard.inline_keyboard).toHaveLength(4);
    expect(keyboard.inline_keyboard.every((row) => row.length === 1)).toBe(true);
  });

  it('refuses values Telegram would reject (over 64 bytes, or empty)', () => {
    expect(fitsCallbackData('x'.repeat(64))).toBe(true);
    expect(fitsCallbackData('x'.repeat(65))).toBe(false);
    expect(fitsCallbackData('é'.repeat(33))).toBe(false);
    expect(fitsCallbackData('')).toBe(false);
    expect(() => inlineKeyboard([{ value: 'y'.repeat(70), label: 'Y' }])).toThrow(RangeError);
  });
});
