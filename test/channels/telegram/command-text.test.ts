import { describe, expect, it } from 'vitest';
import { commandText } from '../../../src/channels/telegram/command-text';

describe('commandText', () => {
  it.each([
    ['/start', 'menu'],
    ['/start ABCD-1234', 'ABCD-1234'],
    ['/start@SapaBot K7Q2', 'K7Q2'],
    ['/cuti', 'cuti'],
    ['/STATUS', 'status'],
    ['/saldo@SapaBot', 'saldo'],
    ['/slip', 'slip'],
    ['/bantuan', 'bantuan'],
    ['/menu', 'menu'],
  ])('reads %s as %s', (typed, meant) => {
    expect(commandText(typed)).toBe(meant);
  });

  it('passes ordinary text and unknown commands on unchanged', () => {
    expect(commandText('cuti tanggal 3 Desember')).toBe('cuti tanggal 3 Desember');
    expect(commandText('/hapus semua')).toBe('/hapus semua');
    expect(commandText('1/2 hari')).toBe('1/2 hari');
  });
});
