import { describe, expect, it } from 'vitest';
import { toPlainText, toTelegramHtml } from '../../../src/channels/telegram/telegram-html';

describe('toTelegramHtml', () => {
  it('turns catalogue bold into HTML bold', () => {
    expect(toTelegramHtml('Ketik *cuti* atau *saldo*.')).toBe('Ketik <b>cuti</b> atau <b>saldo</b>.');
  });

  it('escapes whatever a person typed, so it cannot become markup', () => {
    expect(toTelegramHtml('Alasan: <script>&_x_ [a](b)')).toBe('Alasan: &lt;script&gt;&amp;_x_ [a](b)');
  });

  it('leaves an unpaired asterisk and asterisks across lines alone', () => {
    expect(toTelegramHtml('5 * 3\nx *y\nz* w')).toBe('5 * 3\nx *y\nz* w');
  });

  it('drops the bold marks for plain text', () => {
    expect(toPlainText('Pilih *Setujui*')).toBe('Pilih Setujui');
  });
});
