import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTypos, matchKeyword, normalizeText } from '../../../src/conversation/understand/match-keyword';

const MENU = {
  menu: ['menu', 'mulai'],
  help: ['bantuan', 'help'],
  balance: ['saldo', 'saldo cuti', 'balance'],
  status: ['status'],
  leave: ['cuti', 'ajukan cuti'],
  cancel: ['batal', 'cancel'],
  payslip: ['slip gaji', 'slip', 'payslip'],
} as const;

describe('normalizeText', () => {
  it.each([
    ['  Batal!! ', 'batal'],
    ['MENU', 'menu'],
    ['Ménu', 'menu'],
    ['slip   gaji', 'slip gaji'],
    ['cek-saldo?', 'cek saldo'],
    ['🙏 bantuan 🙏', 'bantuan'],
    ['cuti\u0000\n\ttahunan', 'cuti tahunan'],
    ['ｍｅｎｕ', 'menu'],
    ['', ''],
    ['!!!', ''],
  ])('turns %j into %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('allowedTypos', () => {
  it.each([
    ['cek', 0],
    ['menu', 1],
    ['status', 1],
    ['bantuan', 2],
    ['slip gaji', 2],
  ])('allows %j %i typos', (word, expected) => {
    expect(allowedTypos(word)).toBe(expected);
  });
});

describe('matchKeyword', () => {
  it.each([
    ['menu', 'menu'],
    ['Menu', 'menu'],
    ['mneu', 'menu'],
    ['menuu', 'menu'],
    ['bantuann', 'help'],
    ['bantaun', 'help'],
    ['bntuan', 'help'],
    ['btuan', 'help'], // two typos are forgiven in a 7-letter word
    ['btun', null], // three are not
    ['slado', 'balance'],
    ['saldo  cuti', 'balance'],
    ['stauts', 'status'],
    ['statsu', 'status'],
    ['cutii', 'leave'],
    ['Cuti', 'leave'],
    ['Batal!', 'cancel'],
    ['BATAL', 'cancel'],
    ['slip gaj', 'payslip'],
    ['help', 'help'],
    ['hlep', 'help'],
  ])('matches %j to %j', (text, expected) => {
    expect(matchKeyword(text, MENU)).toBe(expected);
  });

  it('forgives one typo in a 5-letter word, not two ("sladi" is two edits from "saldo")', () => {
    expect(matchKeyword('sladi', MENU)).toBeNull();
    expect(matchKeyword('salah', MENU)).toBeNull();
  });

  it('wants short words exact', () => {
    expect(matchKeyword('cak', { check: ['cek'] })).toBeNull();
    expect(matchKeyword('cek', { check: ['cek'] })).toBe('check');
  });

  it('returns null when two keys are equally close', () => {
    expect(matchKeyword('cute', { leave: ['cuti'], cat: ['cute'] })).toBe('cat');
    expect(matchKeyword('cuta', { leave: ['cuti'], cat: ['cute'] })).toBeNull();
    // Written exactly in two keys: as ambiguous as two equal typos; in one key, it wins over a key one typo away.
    expect(matchKeyword('Cuti!', { leave: ['cuti'], other: ['izin', 'cuti'] })).toBeNull();
    expect(matchKeyword('cuti', { leave: ['cuti'], cat: ['cute'] })).toBe('leave');
  });

  it('prefers the closer key', () => {
    expect(matchKeyword('saldoo', { balance: ['saldo'], balances: ['saldoku'] })).toBe('balance');
  });

  it('compares the whole message, not words inside a sentence', () => {
    expect(matchKeyword('saya tidak jadi cuti', MENU)).toBeNull();
    expect(matchKeyword('', MENU)).toBeNull();
    expect(matchKeyword('🙏', MENU)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const key = matchKeyword(text, MENU);
        expect(key === null || Object.keys(MENU).includes(key)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(matchKeyword('menu'.repeat(2_500), MENU)).toBeNull();
  });
});
