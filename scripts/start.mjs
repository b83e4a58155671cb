// `npm start`: rebuilds dist/ from the current source (a fraction of a second,
// so an edited src/ never runs as a stale bundle), then runs the server in
// this same process, so signals reach it directly.
import { stop } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { buildServer } from './build.mjs';

let bundle;
try {
  bundle = await buildServer();
} catch (error) {
  // esbuild has printed its own errors (syntax, unresolved imports).
  if (!Array.isArray(error?.errors)) console.error(error);
  process.exit(1);
} finally {
  // The build service is a child process: end it rather than keep it beside the server.
  stop();
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
