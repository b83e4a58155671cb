import { describe, expect, it } from 'vitest';
import { readSmallTalk, smallTalkOf } from '../../../src/conversation/understand/small-talk';

describe('small talk', () => {
  it.each([
    ['halo', 'hello'],
    ['Hallo!!', 'hello'],
    ['hai min', 'hello'],
    ['P', 'hello'],
    ['Selamat pagi pak', 'morning'],
    ['pagi bu 🙏', 'morning'],
    ['met siang', 'noon'],
    ['selamat sore semua', 'afternoon'],
    ['Selamat malam', 'evening'],
    ["Assalamu'alaikum wr. wb.", 'salam'],
    ['assalamualaikum pak', 'salam'],
    ['terima kasih banyak ya pak', 'thanks'],
    ['trimakasih', 'thanks'],
    ['makasih', 'thanks'],
    ['ok makasih bu', 'thanks'],
    ['halo, terima kasih', 'thanks'],
    ['oke', 'ack'],
    ['siap pak', 'ack'],
    ['👍', 'ack'],
    ['👍🏽👍🏽', 'ack'],
    ['🙏', 'thanks'],
    ['Good morning', 'morning'],
    ['hello there', 'hello'],
    ['thank you so much', 'thanks'],
    ['thanks', 'thanks'],
    ['okay', 'ack'],
    ['sure', 'ack'],
  ])('%s is small talk (%s)', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });

  it.each(['cuti', 'saldo', 'slip', 'status', 'saya mau cuti', 'pagi ini saya sakit', 'acara keluarga', 'sakit', 'Bandung', '14-16 des', '1', 'ya', 'tidak', 'sari', 'okta'])(
    '%s is not',
    (text) => {
      expect(smallTalkOf(text)).toBeNull();
    },
  );

  it('reads the words after a greeting', () => {
    expect(readSmallTalk('Pagi pak, saldo cuti')).toEqual({ kind: 'morning', rest: 'saldo cuti' });
    expect(readSmallTalk('halo mau cek status')).toEqual({ kind: 'hello', rest: 'mau cek status' });
    expect(readSmallTalk('saya mau cuti')).toEqual({ kind: null, rest: '' });
  });
});
