import { defineCatalog } from '../catalog';

export const delegationMessages = defineCatalog({
  'delegation.same_person': { id: 'Pengganti tidak boleh orang yang sama.', en: 'The substitute cannot be the same person.' },
  'delegation.invalid_range': {
    id: 'Rentang tanggal tidak valid: tanggal selesai harus sama atau setelah tanggal mulai, tidak di masa lalu, dan paling lama 1 tahun.',
    en: 'The dates are not valid: the end must be on or after the start, not in the past, and at most 1 year long.',
  },
  'delegation.inactive_employee': { id: 'Pegawai itu tidak aktif.', en: 'That employee is not active.' },
  'delegation.not_found': { id: 'Pendelegasian itu tidak ditemukan.', en: 'That delegation was not found.' },
  'delegation.already_over': { id: 'Pendelegasian itu sudah berakhir.', en: 'That delegation is already over.' },
  'conflict.delegation_overlaps': {
    id: 'Sudah ada pengganti untuk sebagian tanggal itu ({dates}). Akhiri dulu yang lama.',
    en: 'A substitute is already named for part of those dates ({dates}). End that one first.',
  },
  'delegation.told_from': {
    id: 'Pengganti Anda tercatat: {to} memutuskan permohonan cuti yang menunggu Anda pada {dates}.',
    en: 'Your substitute is recorded: {to} decides the leave requests waiting for you on {dates}.',
  },
  'delegation.told_to': {
    id: '{from} menunjuk Anda sebagai pengganti untuk menyetujui permohonan cuti pada {dates}. Kartu persetujuan akan dikirim ke Anda selama masa itu.',
    en: '{from} named you their substitute for leave approvals on {dates}. Approval cards come to you during that time.',
  },
  'delegation.ended_from': {
    id: 'Penggantian oleh {to} sudah diakhiri. Permohonan cuti kembali kepada Anda.',
    en: 'The substitution by {to} has ended. Leave requests come back to you.',
  },
  'delegation.ended_to': {
    id: 'Penggantian untuk {from} sudah diakhiri. Anda tidak lagi menerima kartu persetujuan atas nama beliau.',
    en: 'Your substitution for {from} has ended. You no longer receive approval cards for them.',
  },
});
