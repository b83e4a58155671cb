export { buildDigest } from './build-digest';
export { renderDigest } from './render-digest';
export { digestCsv } from './digest-csv';
export { digestMessages } from './digest-messages';
export type * from './digest-types';
