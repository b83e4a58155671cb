import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** One file of an archive. */
export interface ZipEntry {
  name: string;
  content: Uint8Array;
  modified: Date;
  /** Deflate it (text); PDFs are compressed already and are stored as they are. */
  compress?: boolean;
}

/**
 * A ZIP archive of `entries`, written as they come: each entry's bytes are
 * yielded once it is added, so a consumer that reads slowly holds back the
 * producer and at most one entry is in memory at a time.
 */
export async function* zipStream(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  for await (const entry of entries) {
    const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
    file.mtime = entry.modified;
    zip.add(file);
    file.push(entry.content, true);
    check();
    yield* out.splice(0);
  }
  zip.end();
  check();
  yield* out.splice(0);
}
