import { defineCatalog } from '../catalog';

/**
 * What the employee's leave conversations say: request leave, my requests,
 * balance, cancel. Names of types, statuses, reasons and the rule errors
 * themselves live in ./leave.ts.
 */
export const leaveFlowMessages = defineCatalog({
  // Request leave: type
  'leave_flow.type.prompt': { id: 'Jenis cuti apa yang ingin Anda ajukan?', en: 'Which type of leave would you like to request?' },
  'leave_flow.type.prompt_for': { id: 'Jenis cuti apa untuk {name}?', en: 'Which type of leave for {name}?' },
  'leave_flow.type.hint': {
    id: 'Pilih jenis cuti dari daftar: ketik nomornya, misalnya *1* untuk cuti tahunan.',
    en: 'Pick a leave type from the list: type its number, e.g. *1* for annual leave.',
  },
  'leave_flow.type.none': {
    id: 'Saat ini tidak ada jenis cuti yang bisa Anda ajukan lewat chat. Silakan hubungi BKPSDM.',
    en: 'There is no leave type you can request by chat right now. Please contact HR.',
  },
  // Request leave: dates
  'leave_flow.dates.prompt': {
    id: 'Tanggal berapa {type}? Tulis misalnya *besok*, *14-16 des*, *senin depan* atau *3 hari mulai senin*.',
    en: 'Which dates for your {type}? Write e.g. *tomorrow*, *14-16 dec*, *next monday* or *3 days from monday*.',
  },
  'leave_flow.dates.prompt_for': {
    id: 'Tanggal berapa {type} {name}? Tulis misalnya *besok*, *14-16 des*, *senin depan* atau *3 hari mulai senin*.',
    en: 'Which dates for {name}’s {type}? Write e.g. *tomorrow*, *14-16 dec*, *next monday* or *3 days from monday*.',
  },
  'leave_flow.dates.unknown': {
    id: 'Maaf, saya belum mengenali tanggalnya. Contoh: *14-16 des*, *besok*, *senin depan*, *3 hari mulai senin*, atau *14/12/2026*.',
    en: 'Sorry, I could not read those dates. Examples: *14-16 dec*, *tomorrow*, *next monday*, *3 days from monday*, or *14/12/2026*.',
  },
  'leave_flow.dates.impossible': {
    id: 'Tanggal itu tidak ada di kalender (misalnya 31 Feb atau 32 Des). Periksa lagi tanggal dan bulannya.',
    en: 'That date does not exist (like 31 Feb or 32 Dec). Please check the day and the month.',
  },
  'leave_flow.dates.end_before_start': {
    id: 'Tanggal selesai ({end}) lebih awal dari tanggal mulai ({start}). Tulis tanggal mulai lebih dulu, misalnya *14-16 des*.',
    en: 'The end ({end}) comes before the start ({start}). Write the start first, e.g. *14-16 dec*.',
  },
  'leave_flow.dates.past': {
    id: 'Tanggal mulai ({start}) sudah lewat; hari ini {today}. Pilih hari ini atau sesudahnya.',
    en: 'The start ({start}) has passed; today is {today}. Choose today or a later day.',
  },
  'leave_flow.dates.sick_backdate': {
    id: 'Cuti sakit bisa dimulai paling lama {days} hari sebelum hari ini, yaitu paling awal {earliest}.',
    en: 'Sick leave can start at most {days} days before today, that is {earliest} at the earliest.',
  },
  'leave_flow.dates.no_working_days': {
    id: '{period} jatuh pada hari libur atau akhir pekan: tidak ada hari kerja yang perlu dicutikan. Pilih tanggal lain.',
    en: '{period} falls on holidays or a weekend: there is no working day to take off. Please choose other dates.',
  },
  'leave_flow.dates.got': { id: '📅 {period}: {days}.', en: '📅 {period}: {days}.' },
  'leave_flow.days.WORKING_DAYS': { id: '{days} hari kerja', en: '{days} working days' },
  'leave_flow.days.CALENDAR_DAYS': { id: '{days} hari kalender', en: '{days} calendar days' },
  'leave_flow.days.plain': { id: '{days} hari', en: '{days} days' },
  'leave_flow.emergency.prompt': {
    id: '{type} biasanya diajukan paling lambat {days} hari sebelumnya (mulai paling cepat {earliest}). Apakah ini keperluan mendesak?',
    en: '{type} is normally requested at least {days} days ahead (starting {earliest} at the earliest). Is this an emergency?',
  },
  'leave_flow.emergency.prompt_abroad': {
    id: 'Cuti ke luar negeri biasanya diajukan paling lambat {days} hari sebelumnya (mulai paling cepat {earliest}). Apakah ini keperluan mendesak?',
    en: 'Leave abroad is normally requested at least {days} days ahead (starting {earliest} at the earliest). Is this an emergency?',
  },
  // Request leave: abroad, travel days, health board, phone
  'leave_flow.abroad.prompt': { id: 'Apakah cuti ini dijalani di luar negeri?', en: 'Will you spend this leave abroad?' },
  'leave_flow.abroad.prompt_for': { id: 'Apakah cuti {name} dijalani di luar negeri?', en: 'Will {name} spend this leave abroad?' },
  'leave_flow.abroad.too_soon': {
    id: 'Cuti ke luar negeri diajukan paling lambat {days} hari sebelumnya. Silakan tulis tanggal mulai {earliest} atau sesudahnya.',
    en: 'Leave abroad must be requested at least {days} days ahead. Please write dates starting {earliest} or later.',
  },
  'leave_flow.travel_days.prompt': {
    id: 'Tempat tugas Anda termasuk daerah terpencil: sesudah cuti ({end}) boleh ditambah hari perjalanan yang tidak memotong cuti, paling banyak {max} hari lagi tahun ini. Berapa hari perjalanan yang Anda perlukan? Tulis *0* bila tidak perlu.',
    en: 'Your place of work is listed as hard to reach: travel days that do not count as leave may follow it ({end}), at most {max} more this year. How many travel days do you need? Write *0* for none.',
  },
  'leave_flow.travel_days.hint': {
    id: 'Tulis jumlah hari perjalanan, dari 0 sampai {max}, misalnya *2*.',
    en: 'Write the number of travel days, 0 to {max}, e.g. *2*.',
  },
  'leave_flow.health_board.prompt': {
    id: 'Surat dokter mencakup cuti sakit ini sampai {lastDay} (1 tahun untuk satu penyakit, termasuk cuti sakit sebelumnya yang bersambung). Lebih dari itu perlu *surat keterangan tim penguji kesehatan* (tambahan paling lama 6 bulan). Anda punya suratnya?',
    en: 'A doctor’s letter covers this sick leave until {lastDay} (1 year for one illness, earlier sick leave it continues included). Beyond that you need the *health board’s letter* (at most 6 more months). Do you have it?',
  },
  'leave_flow.health_board.now': { id: 'Ada, kirim sekarang', en: 'Yes, send it now' },
  'leave_flow.health_board.later': { id: 'Kirim nanti', en: 'Send it later' },
  'leave_flow.health_board.none': { id: 'Tidak ada, ubah tanggal', en: 'No, change the dates' },
  'leave_flow.health_board.hint': {
    id: 'Pilih *1* bila suratnya ada, *2* untuk mengirimnya nanti, atau *3* untuk mengubah tanggal.',
    en: 'Pick *1* if you have the letter, *2* to send it later, or *3* to change the dates.',
  },
  'leave_flow.health_board.change_dates': {
    id: 'Tanpa surat tim penguji kesehatan, cuti sakit ini paling lambat sampai {lastDay}. Tulis tanggal yang berakhir paling lambat {lastDay}.',
    en: 'Without the health board’s letter this sick leave ends by {lastDay} at the latest. Write dates ending by {lastDay}.',
  },
  'leave_flow.phone.prompt': {
    id: 'Nomor telepon yang bisa dihubungi selama cuti? Pakai nomor di data Anda, atau tulis nomor lain.',
    en: 'Which phone number can you be reached on during the leave? Keep the one on record, or write another.',
  },
  'leave_flow.phone.prompt_none': {
    id: 'Nomor telepon yang bisa dihubungi selama cuti? Tulis nomornya, misalnya *0812 3456 7890*.',
    en: 'Which phone number can you be reached on during the leave? Write it, e.g. *0812 3456 7890*.',
  },
  'leave_flow.phone.keep': { id: 'Pakai {phone}', en: 'Keep {phone}' },
  'leave_flow.phone.none': { id: 'Tidak ada', en: 'None' },
  'leave_flow.phone.hint': {
    id: 'Tulis nomor telepon 8 sampai 15 angka, misalnya *0812 3456 7890*, atau pilih dari daftar.',
    en: 'Write a phone number of 8 to 15 digits, e.g. *0812 3456 7890*, or pick from the list.',
  },
  'leave_flow.emergency.pick_later': {
    id: 'Baik. Silakan tulis tanggal mulai {earliest} atau sesudahnya.',
    en: 'OK. Please write dates starting {earliest} or later.',
  },
  // Request leave: half day
  'leave_flow.half_day.prompt': {
    id: 'Cuti tanggal {day}: sehari penuh atau setengah hari?',
    en: 'Leave on {day}: a full day or half a day?',
  },
  'leave_flow.half_day.FULL': { id: 'Sehari penuh', en: 'Full day' },
  'leave_flow.half_day.MORNING': { id: 'Setengah hari, pagi', en: 'Half day, morning' },
  'leave_flow.half_day.AFTERNOON': { id: 'Setengah hari, siang', en: 'Half day, afternoon' },
  'leave_flow.half_day.hint': {
    id: 'Pilih *1* sehari penuh, *2* pagi saja, atau *3* siang saja.',
    en: 'Pick *1* for a full day, *2* for the morning only, or *3* for the afternoon only.',
  },
  // Request leave: type details
  'leave_flow.cap_reason.prompt': { id: 'Apa alasan pentingnya?', en: 'What is the important reason?' },
  'leave_flow.cap_reason.hint': {
    id: 'Pilih salah satu alasan dari daftar (ketik nomornya).',
    en: 'Pick one of the reasons in the list (type its number).',
  },
  'leave_flow.early_reason.prompt': {
    id: 'Masa kerja Anda belum genap 1 tahun (genap pada {date}). Sebelum itu, PPPK hanya bisa cuti tahunan untuk alasan berikut. Pilih alasannya:',
    en: 'You will reach one year of service on {date}. Before that, PPPK may take annual leave only for these reasons. Pick yours:',
  },
  'leave_flow.child_order.prompt': {
    id: 'Ini kelahiran anak keberapa? Ketik angkanya, misalnya *2*.',
    en: 'Which child is this (first, second, ...)? Type the number, e.g. *2*.',
  },
  'leave_flow.child_order.hint': {
    id: 'Ketik urutan anak sebagai angka, misalnya *1* untuk anak pertama.',
    en: 'Type the child’s order as a number, e.g. *1* for the first child.',
  },
  'leave_flow.first_hajj.prompt': {
    id: 'Apakah cuti besar ini untuk menunaikan ibadah haji yang pertama?',
    en: 'Is this long leave for your first hajj pilgrimage?',
  },
  'leave_flow.sick_kind.prompt': { id: 'Cuti sakit karena apa?', en: 'What is the sick leave for?' },
  'leave_flow.sick_kind.hint': {
    id: 'Pilih *1* sakit, *2* gugur kandungan, atau *3* kecelakaan kerja.',
    en: 'Pick *1* illness, *2* miscarriage, or *3* work accident.',
  },
  'leave_flow.yes': { id: 'Ya', en: 'Yes' },
  'leave_flow.no': { id: 'Tidak', en: 'No' },
  'leave_flow.yes_no.hint': { id: 'Balas *ya* atau *tidak*.', en: 'Please answer *yes* or *no*.' },
  // Request leave: reason and address
  'leave_flow.reason.prompt': {
    id: 'Tuliskan alasan cuti secara singkat, misalnya *acara keluarga di Bandung*.',
    en: 'Briefly write the reason for the leave, e.g. *family event in Bandung*.',
  },
  'leave_flow.reason.prompt_for': {
    id: 'Apa alasan cuti {name}? Tulis singkat, misalnya *acara keluarga di Bandung*.',
    en: 'What is {name}’s reason for the leave? Briefly, e.g. *family event in Bandung*.',
  },
  'leave_flow.reason.hint': {
    id: 'Alasan perlu 3 sampai 500 karakter berupa kata-kata, misalnya *acara keluarga*.',
    en: 'The reason needs 3 to 500 characters of words, e.g. *family event*.',
  },
  'leave_flow.address.prompt': {
    id: 'Di mana alamat Anda selama menjalankan cuti?',
    en: 'What is your address while on leave?',
  },
  'leave_flow.address.prompt_for': { id: 'Di mana alamat {name} selama menjalankan cuti?', en: 'What is {name}’s address while on leave?' },
  'leave_flow.address.hint': {
    id: 'Alamat perlu 3 sampai 300 karakter, misalnya *Jl. Veteran No. 5, Serang*.',
    en: 'The address needs 3 to 300 characters, e.g. *Jl. Veteran No. 5, Serang*.',
  },
  // Request leave: document
  'leave_flow.document.prompt': {
    id: 'Cuti ini memerlukan *{document}*. Kirim foto atau file PDF suratnya di sini.',
    en: 'This leave needs a *{document}*. Send a photo or a PDF of it here.',
  },
  'leave_flow.document.hint': {
    id: 'Saya perlu *{document}* berupa foto atau file PDF (paling besar {maxMb} MB). Kirim lewat tombol lampiran, atau ketik *batal*.',
    en: 'I need the *{document}* as a photo or a PDF (at most {maxMb} MB). Send it as an attachment, or type *cancel*.',
  },
  'leave_flow.document.received': { id: '📎 {fileName} diterima.', en: '📎 {fileName} received.' },
  // Request leave: summary and confirmation
  'leave_flow.summary.title': { id: 'Ringkasan pengajuan cuti:', en: 'Your leave request:' },
  'leave_flow.summary.type': { id: '• Jenis: {value}', en: '• Type: {value}' },
  'leave_flow.summary.period': { id: '• Tanggal: {value}', en: '• Dates: {value}' },
  'leave_flow.summary.days': { id: '• Lama: {value}', en: '• Length: {value}' },
  'leave_flow.summary.half_day': { id: '• Waktu: {value}', en: '• Time: {value}' },
  'leave_flow.summary.cap_reason': { id: '• Alasan penting: {value}', en: '• Important reason: {value}' },
  'leave_flow.summary.early_reason': { id: '• Alasan: {value}', en: '• Grounds: {value}' },
  'leave_flow.summary.child_order': { id: '• Kelahiran anak ke-{value}', en: '• Child number {value}' },
  'leave_flow.summary.first_hajj': { id: '• Untuk ibadah haji pertama', en: '• For the first hajj' },
  'leave_flow.summary.sick_kind': { id: '• Keterangan: {value}', en: '• Kind: {value}' },
  'leave_flow.summary.reason': { id: '• Alasan: {value}', en: '• Reason: {value}' },
  'leave_flow.summary.address': { id: '• Alamat selama cuti: {value}', en: '• Address on leave: {value}' },
  'leave_flow.summary.document': { id: '• Dokumen: {value}', en: '• Document: {value}' },
  'leave_flow.summary.document_later': { id: '• Dokumen: {value}, dikirim nanti', en: '• Document: {value}, sent later' },
  'leave_flow.summary.abroad': { id: '• Di luar negeri', en: '• Abroad' },
  'leave_flow.summary.travel_days': { id: '• Hari perjalanan: {value} hari sesudah cuti', en: '• Travel days: {value} after the leave' },
  'leave_flow.summary.phone': { id: '• Telepon selama cuti: {value}', en: '• Phone during leave: {value}' },
  'leave_flow.summary.phone_none': { id: 'tidak ada', en: 'none' },
  'leave_flow.summary.balance': {
    id: '• Sisa cuti tahunan {year}: {available} hari, setelah cuti ini {after} hari',
    en: '• Annual leave left in {year}: {available} days, {after} after this request',
  },
  'leave_flow.summary.balance_short': {
    id: '⚠️ Sisa cuti tahunan {year} tidak cukup untuk pengajuan ini.',
    en: '⚠️ Your annual leave left in {year} does not cover this request.',
  },
  'leave_flow.summary.confirm': { id: 'Kirim pengajuan ini?', en: 'Send this request?' },
  'leave_flow.confirm.yes': { id: '✅ Ya, kirim', en: '✅ Yes, send' },
  'leave_flow.confirm.no': { id: 'Tidak jadi', en: 'No, drop it' },
  'leave_flow.confirm.phone': { id: '📞 Ganti telepon', en: '📞 Change phone' },
  'leave_flow.confirm.hint': {
    id: 'Balas *ya* untuk mengirim pengajuan, atau *tidak* bila tidak jadi.',
    en: 'Answer *yes* to send the request, or *no* to drop it.',
  },
  'leave_flow.submitted_document_later': {
    id: 'Pengajuan ini belum bisa disetujui sebelum *{document}* dikirim: kirim kapan saja dengan *kirim surat*.',
    en: 'It cannot be approved until the *{document}* is sent: send it any time with *send letter*.',
  },
  'leave_flow.submitted': {
    id: 'Pengajuan cuti Anda (ref {ref}) sudah dikirim ke {approver}. Saya kabari lagi setelah diputuskan; cek kapan saja dengan *status*.',
    en: 'Your leave request (ref {ref}) has been sent to {approver}. I will tell you when it is decided; check any time with *status*.',
  },
  'leave_flow.proxy.summary_for': { id: '👤 Untuk: *{name}* (NIP {nip})', en: '👤 For: *{name}* (NIP {nip})' },
  'leave_flow.proxy.submitted': {
    id: 'Pengajuan cuti {name} (ref {ref}) sudah dikirim ke {approver}, tercatat diajukan oleh Anda atas namanya.',
    en: '{name}’s leave request (ref {ref}) has been sent to {approver}, recorded as submitted by you on their behalf.',
  },
  'leave_flow.proxy.told': { id: '{name} diberi tahu lewat chat.', en: '{name} has been told by chat.' },
  'leave_flow.proxy.not_linked': {
    id: 'Chat {name} belum terhubung ke SAPA: sampaikan langsung kepadanya.',
    en: '{name} has no chat linked to SAPA: please tell them yourself.',
  },
  'leave_flow.not_sent': { id: 'Baik, pengajuan tidak dikirim.', en: 'OK, the request was not sent.' },
  'leave_flow.refused.title': { id: 'Pengajuan belum bisa dikirim:', en: 'The request cannot be sent yet:' },
  'leave_flow.refused.prompt': { id: 'Ubah tanggal, atau tidak jadi?', en: 'Change the dates, or drop the request?' },
  'leave_flow.refused.change_dates': { id: '📅 Ubah tanggal', en: '📅 Change dates' },
  'leave_flow.refused.drop': { id: 'Tidak jadi', en: 'Drop it' },
  'leave_flow.refused.hint': {
    id: 'Pilih *1* untuk mengubah tanggal, atau *2* bila tidak jadi.',
    en: 'Pick *1* to change the dates, or *2* to drop the request.',
  },
  // My requests
  'leave_flow.status.empty': {
    id: 'Anda belum punya pengajuan cuti. Ketik *cuti* untuk mengajukan.',
    en: 'You have no leave requests yet. Type *leave* to request one.',
  },
  'leave_flow.status.title': { id: 'Pengajuan cuti Anda (terbaru di atas):', en: 'Your leave requests (newest first):' },
  'leave_flow.status.pick': { id: 'Pilih nomor untuk melihat rinciannya.', en: 'Pick a number to see the details.' },
  'leave_flow.status.line': { id: '{n}. {ref} · {type}\n    {period} · {days}\n    {status}', en: '{n}. {ref} · {type}\n    {period} · {days}\n    {status}' },
  'leave_flow.status.waiting_for': {
    id: '{status}: {name} ({role}, tahap {order} dari {total})',
    en: '{status}: {name} ({role}, step {order} of {total})',
  },
  'leave_flow.status.hint': {
    id: 'Pilih nomor pengajuan dari daftar, atau ketik *menu*.',
    en: 'Pick a request number from the list, or type *menu*.',
  },
  'leave_flow.detail.title': { id: '*{ref}* · {type}', en: '*{ref}* · {type}' },
  'leave_flow.detail.status': { id: '• Status: {value}', en: '• Status: {value}' },
  'leave_flow.detail.submitted': { id: '• Diajukan: {value}', en: '• Submitted: {value}' },
  'leave_flow.detail.submitted_by': { id: '• Diajukan: {value} oleh {name}', en: '• Submitted: {value} by {name}' },
  'leave_flow.detail.requested': { id: '• Tanggal yang diminta semula: {value}', en: '• Dates first requested: {value}' },
  'leave_flow.detail.cancel_reason': { id: '• Alasan pembatalan: {value}', en: '• Reason for cancelling: {value}' },
  'leave_flow.detail.documents': { id: '• Dokumen: {required} ({count} terlampir)', en: '• Document: {required} ({count} attached)' },
  'leave_flow.detail.incomplete': {
    id: '⚠️ Belum lengkap: {document} belum dikirim, permintaan belum dapat disetujui.',
    en: '⚠️ Incomplete: the {document} has not been sent, so the request cannot be approved yet.',
  },
  'leave_flow.detail.letter': { id: '📎 Kirim surat', en: '📎 Send the letter' },
  'leave_flow.detail.steps': { id: 'Persetujuan:', en: 'Approval:' },
  'leave_flow.detail.next': { id: 'Apa selanjutnya?', en: 'What next?' },
  'leave_flow.detail.other': { id: '📋 Pengajuan lain', en: '📋 Other requests' },
  'leave_flow.detail.cancel': { id: '✖️ Batalkan pengajuan ini', en: '✖️ Cancel this request' },
  'leave_flow.detail.done': { id: 'Selesai', en: 'Done' },
  'leave_flow.detail.hint': {
    id: 'Pilih salah satu dari daftar (ketik nomornya).',
    en: 'Pick one of the options (type its number).',
  },
  'leave_flow.step.line': { id: '{order}. {role}: {name}{delegate} · {state}', en: '{order}. {role}: {name}{delegate} · {state}' },
  'leave_flow.step.delegate': { id: ' (diwakili {name})', en: ' (stand-in {name})' },
  'leave_flow.step.WAITING': { id: 'belum sampai', en: 'not yet' },
  'leave_flow.step.PENDING': { id: 'menunggu keputusan', en: 'awaiting decision' },
  'leave_flow.step.SKIPPED': { id: 'tidak diperlukan', en: 'not needed' },
  'leave_flow.step.decided': { id: '{decision} oleh {by}, {at}', en: '{decision} by {by}, {at}' },
  'leave_flow.step.note': { id: '\n    Catatan: {note}', en: '\n    Note: {note}' },
  'leave_flow.role.SUPERVISOR': { id: 'atasan langsung', en: 'direct supervisor' },
  'leave_flow.role.OFFICIAL': { id: 'pejabat berwenang', en: 'authorized official' },
  'leave_flow.decision.APPROVE': { id: 'disetujui', en: 'approved' },
  'leave_flow.decision.CHANGE': { id: 'disetujui dengan perubahan', en: 'approved with changes' },
  'leave_flow.decision.DEFER': { id: 'ditangguhkan', en: 'deferred' },
  'leave_flow.decision.REJECT': { id: 'tidak disetujui', en: 'not approved' },
  // Balance
  'leave_flow.balance.text': {
    id: '📊 *Cuti tahunan {year}*\n• Hak tahun ini: {entitled} hari\n• Sisa tahun lalu: {carriedOver} hari\n• Penangguhan tahun lalu: {deferred} hari\n• Tambahan: {added} hari\n• Terpakai: {used} hari\n• Sedang diajukan: {reserved} hari\n*Sisa yang bisa diajukan: {available} hari*',
    en: '📊 *Annual leave {year}*\n• This year’s right: {entitled} days\n• Carried over: {carriedOver} days\n• Deferred from last year: {deferred} days\n• Added: {added} days\n• Used: {used} days\n• Requested, awaiting decision: {reserved} days\n*Available to request: {available} days*',
  },
  'leave_flow.balance.carry_note': {
    id: 'Sisa yang tidak terpakai dibawa ke tahun berikutnya: tahun depan paling banyak {cap} hari bisa dipakai (termasuk hak tahun itu), atau {capLong} hari bila cuti tahunan tidak diambil {years} tahun berturut-turut.',
    en: 'Unused days carry over: next year at most {cap} days can be used (that year’s right included), or {capLong} days when no annual leave was taken {years} years in a row.',
  },
  'leave_flow.balance.carry_note_pppk': {
    id: 'Bagi PPPK, sisa cuti hanya dibawa ke tahun berikutnya bila masa perjanjian kerja lebih dari {years} tahun: paling banyak {cap} hari (atau {capLong} hari bila perjanjian lebih dari {longYears} tahun).',
    en: 'For PPPK, unused days carry over only when the contract runs longer than {years} years: at most {cap} days (or {capLong} days for contracts longer than {longYears} years).',
  },
  'leave_flow.balance.usable_from': {
    id: '⏳ Cuti tahunan tahun ini baru dapat dipakai mulai {date}, setelah masa kerja Anda genap {years} tahun.',
    en: '⏳ This year\'s annual leave can be used from {date}, once you complete {years} years of service.',
  },
  'leave_flow.balance.footer': {
    id: 'Ketik *cuti* untuk mengajukan cuti, atau *menu* untuk pilihan lain.',
    en: 'Type *leave* to request leave, or *menu* for other options.',
  },
  // Cancel a request
  // Sending a letter after the request
  'leave_flow.letter.none': {
    id: 'Tidak ada permintaan cuti Anda yang menunggu surat. 👍',
    en: 'None of your leave requests is waiting for a letter. 👍',
  },
  'leave_flow.letter.pick': { id: 'Surat untuk permintaan yang mana?', en: 'Which request is the letter for?' },
  'leave_flow.letter.pick_hint': {
    id: 'Pilih permintaan dari daftar: ketik nomornya, atau *batal*.',
    en: 'Pick a request from the list: type its number, or *cancel*.',
  },
  'leave_flow.letter.prompt': {
    id: 'Kirim foto atau file PDF surat untuk permintaan *{ref}* (paling besar {maxMb} MB).',
    en: 'Send a photo or a PDF of the letter for request *{ref}* (at most {maxMb} MB).',
  },
  'leave_flow.letter.hint': {
    id: 'Saya perlu suratnya berupa foto atau file PDF (paling besar {maxMb} MB). Kirim lewat tombol lampiran, atau ketik *batal*.',
    en: 'I need the letter as a photo or a PDF (at most {maxMb} MB). Send it as an attachment, or type *cancel*.',
  },
  'leave_flow.letter.received': {
    id: '📎 {fileName} diterima untuk *{ref}*. Permintaan sekarang lengkap dan menunggu keputusan {approver}.',
    en: '📎 {fileName} received for *{ref}*. The request is complete now and waits for {approver}.',
  },
  'leave_flow.cancel.none': {
    id: 'Tidak ada pengajuan yang bisa dibatalkan. Pengajuan yang sudah disetujui hanya bisa dibatalkan sebelum cutinya dimulai.',
    en: 'There is no request you can cancel. An approved request can only be cancelled before the leave starts.',
  },
  'leave_flow.cancel.pick': { id: 'Pengajuan mana yang ingin dibatalkan?', en: 'Which request do you want to cancel?' },
  'leave_flow.cancel.none_for': {
    id: '{name} tidak punya pengajuan yang bisa dibatalkan. Pengajuan yang sudah disetujui hanya bisa dibatalkan sebelum cutinya dimulai.',
    en: '{name} has no request that can be cancelled. An approved request can only be cancelled before the leave starts.',
  },
  'leave_flow.cancel.pick_for': { id: 'Pengajuan {name} mana yang ingin dibatalkan?', en: 'Which of {name}’s requests do you want to cancel?' },
  'leave_flow.cancel.pick_hint': {
    id: 'Pilih nomor pengajuan yang ingin dibatalkan, atau ketik *menu*.',
    en: 'Pick the number of the request to cancel, or type *menu*.',
  },
  'leave_flow.cancel.reason': {
    id: 'Alasan pembatalan? Tulis singkat, atau pilih *Lewati*.',
    en: 'Why are you cancelling? Write briefly, or pick *Skip*.',
  },
  'leave_flow.cancel.skip': { id: 'Lewati', en: 'Skip' },
  'leave_flow.cancel.reason_hint': {
    id: 'Alasan paling banyak 300 karakter berupa kata-kata, atau ketik *lewati*.',
    en: 'The reason is at most 300 characters of words, or type *skip*.',
  },
  'leave_flow.cancel.confirm': {
    id: 'Batalkan pengajuan {ref} ({type}, {period})?',
    en: 'Cancel request {ref} ({type}, {period})?',
  },
  'leave_flow.cancel.yes': { id: 'Ya, batalkan', en: 'Yes, cancel it' },
  'leave_flow.cancel.no': { id: 'Tidak, biarkan', en: 'No, keep it' },
  'leave_flow.cancel.done': { id: 'Pengajuan {ref} sudah dibatalkan.', en: 'Request {ref} has been cancelled.' },
  'leave_flow.cancel.done_for': { id: 'Pengajuan {ref} milik {name} sudah dibatalkan.', en: '{name}’s request {ref} has been cancelled.' },
  'leave_flow.cancel.days_back_for': {
    id: 'Pengajuan {ref} milik {name} sudah dibatalkan. {days} hari kembali ke sisa cuti tahunannya.',
    en: '{name}’s request {ref} has been cancelled. {days} days are back in their annual leave balance.',
  },
  'leave_flow.cancel.days_back': {
    id: 'Pengajuan {ref} sudah dibatalkan. {days} hari kembali ke sisa cuti tahunan Anda.',
    en: 'Request {ref} has been cancelled. {days} days are back in your annual leave balance.',
  },
  'leave_flow.cancel.kept': { id: 'Baik, pengajuan {ref} tidak dibatalkan.', en: 'OK, request {ref} stays as it is.' },
  'leave_flow.cancel.failed': { id: 'Pengajuan {ref} tidak dapat dibatalkan:', en: 'Request {ref} cannot be cancelled:' },
});
