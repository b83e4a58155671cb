/**
 * The line `npm start` ends with, for someone who has just started SAPA: where
 * to talk to it (the web chat when it is on, else the terminal chat) and where
 * HR signs in. `address` is where the server listens, `publicUrl` how others reach it.
 */
export function startNotice(options: { address: string; publicUrl?: string; devChat: boolean; provider: string }): string {
  const base = (options.publicUrl ?? options.address).replace(/\/$/, '');
  const talk = options.devChat
    ? `Open ${base}/dev/chat in a browser to talk to SAPA as a demo person (or run \`npm run chat\` in another terminal).`
    : 'Talk to SAPA through its channels (Telegram, WhatsApp), or run `npm run chat` in another terminal.';
  return `SAPA is ready on ${options.address} (${options.provider}). ${talk} HR console: ${base}/hr (sign-in link: \`npm run console:link\`).`;
}
