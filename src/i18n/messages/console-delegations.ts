import { defineCatalog } from '../catalog';

/** The console's delegations page (/hr/delegations). */
export const consoleDelegationMessages = defineCatalog({
  'console.nav.delegations': { id: 'Pengganti', en: 'Substitutes' },
  'console.delegations.title': { id: 'Pengganti (pendelegasian)', en: 'Substitutes (delegations)' },
  'console.delegations.intro': {
    id: 'Selama rentang tanggal, permohonan yang menunggu keputusan seorang atasan dikirim ke penggantinya. Keduanya diberi tahu.',
    en: "Over the dates, requests waiting for an approver go to their substitute instead. Both are told.",
  },
  'console.delegations.current': { id: 'Sedang berjalan dan akan datang', en: 'Running and to come' },
  'console.delegations.all': { id: 'Termasuk yang sudah selesai', en: 'Including past ones' },
  'console.delegations.none': { id: 'Tidak ada pendelegasian.', en: 'No delegations.' },
  'console.delegations.from': { id: 'Atasan (NIP)', en: 'Approver (NIP)' },
  'console.delegations.to': { id: 'Pengganti (NIP)', en: 'Substitute (NIP)' },
  'console.delegations.start': { id: 'Mulai', en: 'From' },
  'console.delegations.end': { id: 'Sampai', en: 'To' },
  'console.delegations.reason': { id: 'Alasan (tidak wajib)', en: 'Reason (optional)' },
  'console.delegations.create': { id: 'Tetapkan pengganti', en: 'Name the substitute' },
  'console.delegations.new': { id: 'Pengganti baru', en: 'New substitute' },
  'console.delegations.dates': { id: 'Tanggal', en: 'Dates' },
  'console.delegations.made_by': { id: 'Dibuat oleh', en: 'Made by' },
  'console.delegations.end_now': { id: 'Akhiri hari ini', en: 'End today' },
  'console.delegations.end_reason': { id: 'Alasan mengakhiri', en: 'Why it ends' },
  'console.delegations.ended': { id: 'diakhiri oleh {name}: {reason}', en: 'ended by {name}: {reason}' },
  'console.delegations.created_done': { id: 'Pengganti ditetapkan; keduanya diberi tahu.', en: 'Substitute named; both were told.' },
  'console.delegations.ended_done': { id: 'Pendelegasian diakhiri; permohonan yang menunggu kembali ke atasan.', en: 'Delegation ended; waiting requests went back to the approver.' },
  'console.delegations.own_only': { id: 'Anda dapat menetapkan pengganti untuk diri Anda sendiri.', en: 'You can name a substitute for yourself.' },
});
