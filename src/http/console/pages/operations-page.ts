import { formatCount, formatTimestamp } from '../../../domain/format';
import { formatWait } from '../../../i18n/format-wait';
import type { outboxState } from '../../../services/admin/outbox-state';
import type { LaneBacklog } from '../../../services/outbox-queue/outbox-backlog';
import type { JobRunLine } from '../../../services/jobs/list-job-runs';
import type { ChannelState, ScheduledJob } from '../../../module';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

type State = Awaited<ReturnType<typeof outboxState>>;

/** How much of a send error the table shows. */
const ERROR_SHOWN = 200;

/** Operations: the send queue per channel and lane with its drain time, message counts, and the dead letters to send again. */
export interface JobsView {
  jobs: readonly ScheduledJob[];
  runs: ReadonlyMap<string, readonly JobRunLine[]>;
}

function jobsTable(view: ConsoleView, input: JobsView | null): SafeHtml {
  const t = view.t;
  if (!input) return html`<p class="muted">${t('console.ops.jobs_off')}</p>`;
  return html`<div class="scroll"><table><caption class="muted">${t('console.ops.jobs')}</caption>
<thead><tr><th scope="col">${t('console.ops.job')}</th><th scope="col">${t('console.ops.next_run')}</th><th scope="col">${t('console.ops.last_run')}</th><th scope="col"></th></tr></thead>
<tbody>${input.jobs.map((job) => {
    const last = input.runs.get(job.id)?.[0];
    return html`<tr><td><strong>${job.id}</strong><br><span class="muted">${job.description}</span></td>
<td>${job.nextRun ? formatTimestamp(job.nextRun, view.lang) : '–'}</td>
<td>${last ? html`${last.slot} · <span${last.problem ? html` class="bad"` : ''}>${t(last.problem === 'STALE' ? 'console.ops.problem.STALE' : `console.ops.run_status.${last.status}`)}</span>${last.error ? html`<br><span class="muted">${last.error.slice(0, ERROR_SHOWN)}</span>` : ''}` : html`<span class="muted">${t('console.ops.never')}</span>`}</td>
<td><form method="post" action="/hr/operations/jobs/${job.id}/run">${csrfField(view)}<button type="submit" class="secondary" aria-label="${t('console.ops.run_now')}: ${job.id}">${t('console.ops.run_now')}</button></form></td></tr>`;
  })}</tbody></table></div>`;
}

/** A channel's connection with, while WhatsApp waits to be paired, its QR code as a PNG data URL. */
export type ChannelLine = ChannelState & { qrImage?: string };

/** The states each channel's catalogue names; the ones in GOOD need nothing from HR. */
const KNOWN_STATES: Readonly<Record<ChannelState['channel'], readonly string[]>> = {
  telegram: ['webhook', 'polling', 'connecting', 'stopped', 'off'],
  whatsapp: ['open', 'pairing', 'connecting', 'standby', 'stopped', 'off', 'cloud'],
};
const GOOD = new Set(['webhook', 'polling', 'open', 'standby', 'cloud', 'off']);

function channelsTable(view: ConsoleView, channels: readonly ChannelLine[] | null): SafeHtml {
  const t = view.t;
  if (!channels) return html`<p class="muted">${t('console.ops.channels_unknown')}</p>`;
  const stateText = (c: ChannelLine) => (KNOWN_STATES[c.channel].includes(c.state) ? t(`console.ops.channel_state.${c.channel}.${c.state}`) : c.state);
  const pairing = (c: ChannelLine) => (c.pairing && c.qrImage ? html`<p>${t('console.ops.pairing_intro')}</p>
<p><img src="${c.qrImage}" width="320" height="320" alt="${t('console.ops.pairing_qr_alt')}"></p>
${c.pairing.qrAt ? html`<p class="muted">${t('console.ops.pairing_at', { at: formatTimestamp(c.pairing.qrAt, view.lang) })}</p>` : ''}
${c.pairing.code ? html`<p>${t('console.ops.pairing_code', { code: c.pairing.code })}</p>` : ''}
<p><a href="/hr/operations">${t('console.ops.reload')}</a></p>` : '');
  return html`<div class="scroll"><table><caption class="muted">${t('console.ops.channels')}</caption>
<thead><tr><th scope="col">${t('console.ops.channel')}</th><th scope="col">${t('console.ops.state')}</th></tr></thead>
<tbody>${channels.map((c) => html`<tr><td>${t(`console.ops.channel.${c.channel}`)}</td><td><span${GOOD.has(c.state) ? '' : html` class="bad"`}>${stateText(c)}</span>${pairing(c)}</td></tr>`)}</tbody></table></div>`;
}

/** How often the channels panel is asked for again while a channel is not connected (WhatsApp's pairing QR changes about every 20 s). */
export const CHANNELS_POLL_SECONDS = 5;

/**
 * The channels panel, on the page and alone (GET /hr/operations/channels):
 * while a channel is not connected (WhatsApp waiting to be paired above all)
 * htmx asks for it again every few seconds and swaps it in, with the newest
 * QR code; once every channel is connected the panel carries no trigger, so
 * the asking stops.
 */
export function channelsPanel(view: ConsoleView, channels: readonly ChannelLine[] | null): SafeHtml {
  const watched = channels?.some((c) => !GOOD.has(c.state)) ?? false;
  const poll = watched ? html` hx-get="/hr/operations/channels" hx-trigger="every ${CHANNELS_POLL_SECONDS}s" hx-swap="outerHTML"` : '';
  return html`<div id="channels"${poll}>${channelsTable(view, channels)}</div>`;
}

export function operationsPage(view: ConsoleView, input: { channels: readonly ChannelLine[] | null; lanes: readonly LaneBacklog[]; state: State; jobs: JobsView | null; message?: { text: string; ok: boolean } | undefined }): SafeHtml {
  const t = view.t;
  const lang = view.lang;
  const { counts, dead } = input.state;
  const queue = html`<div class="scroll"><table><caption class="muted">${t('console.ops.queue')}</caption>
<thead><tr><th scope="col">${t('console.ops.channel')}</th><th scope="col">${t('console.ops.lane')}</th><th scope="col">${t('console.ops.pending')}</th><th scope="col">${t('console.ops.oldest')}</th><th scope="col">${t('console.ops.drain')}</th></tr></thead>
<tbody>${input.lanes.map((l) => html`<tr><td>${l.channel}</td><td>${t(`console.ops.lane.${l.lane}`)}</td><td>${formatCount(l.pending, lang)}</td><td>${l.oldestAt ? formatTimestamp(l.oldestAt, lang) : '–'}</td><td>${l.drainSeconds === null ? html`<span class="muted">${t('console.ops.drain_unknown')}</span>` : l.pending === 0 ? '–' : formatWait(l.drainSeconds, lang)}</td></tr>`)}</tbody></table></div>`;
  const deadList = dead.length === 0 ? html`<p>${t('console.ops.dead_none')}</p>` : html`<p>${t('console.ops.dead_intro')}</p>
<form method="post" action="/hr/operations/retry">${csrfField(view)}<div class="scroll"><table><caption class="muted">${t('console.ops.dead')}</caption>
<thead><tr><th scope="col"></th><th scope="col">#</th><th scope="col">${t('console.ops.channel')}</th><th scope="col">${t('console.ops.kind')}</th><th scope="col">${t('console.ops.attempts')}</th><th scope="col">${t('console.ops.error')}</th><th scope="col">${t('console.ops.created')}</th></tr></thead>
<tbody>${dead.map((m) => html`<tr><td class="check"><input type="checkbox" id="dead-${m.id}" name="retry-${m.id}" value="1" aria-label="${t('console.ops.select', { id: m.id })}"></td><td>${m.id}</td><td>${m.channel}</td><td>${m.kind ?? '–'}</td><td>${m.attempts}</td><td><span class="muted">${(m.lastError ?? '').slice(0, ERROR_SHOWN)}</span></td><td>${formatTimestamp(m.createdAt, lang)}</td></tr>`)}</tbody></table></div>
<div class="actions"><button type="submit">${t('console.ops.retry')}</button></div></form>`;
  return page(view, {
    title: t('console.ops.title'),
    current: '/operations',
    body: html`${input.message ? html`<p class="${input.message.ok ? 'notice' : 'error'}" role="${input.message.ok ? 'status' : 'alert'}">${input.message.text}</p>` : ''}
<h2>${t('console.ops.channels')}</h2>${channelsPanel(view, input.channels)}
<p>${t('console.ops.counts', { pending: formatCount(counts.PENDING, lang), sent: formatCount(counts.SENT, lang), dead: formatCount(counts.DEAD, lang) })}</p>
<h2>${t('console.ops.queue')}</h2>${queue}
<h2>${t('console.ops.dead')}</h2>${deadList}
<h2>${t('console.ops.jobs')}</h2>${jobsTable(view, input.jobs)}`,
  });
}
