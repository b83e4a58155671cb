import type { Tx } from '../../store/database';

/** A profile-change request as HR's list, the admin API and the chat show it. */
export interface ProfileChangeView {
  id: number;
  employee: { nip: string; name: string; unit: string };
  field: string;
  oldValue: string | null;
  newValue: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  channel: string | null;
  createdAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  note: string | null;
}

const select = {
  id: true, field: true, oldValue: true, newValue: true, status: true, channel: true, createdAt: true, reviewedBy: true, reviewedAt: true, note: true,
  employee: { select: { nip: true, name: true, unit: { select: { name: true } } } },
} as const;

type Row = Awaited<ReturnType<typeof rows>>[number];

function rows(tx: Tx, where: { id?: number; status?: 'PENDING' | 'APPROVED' | 'REJECTED' }, take: number) {
  return tx.profileChangeRequest.findMany({ where, select, orderBy: { id: 'asc' }, take });
}

function view(r: Row): ProfileChangeView {
  const { employee, ...rest } = r;
  return { ...rest, employee: { nip: employee.nip, name: employee.name, unit: employee.unit.name } };
}

/** Requests by status (default: the open ones), oldest first. */
export async function listProfileChanges(tx: Tx, filter: { status?: 'PENDING' | 'APPROVED' | 'REJECTED'; limit?: number } = {}): Promise<ProfileChangeView[]> {
  return (await rows(tx, { status: filter.status ?? 'PENDING' }, filter.limit ?? 200)).map(view);
}

export async function getProfileChange(tx: Tx, id: number): Promise<ProfileChangeView | null> {
  const [row] = await rows(tx, { id }, 1);
  return row ? view(row) : null;
}
