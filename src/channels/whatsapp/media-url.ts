/** Where Baileys fetches media when a message names no host of its own (`getUrlFromDirectPath`). */
export const DEFAULT_MEDIA_HOST = 'mmg.whatsapp.net';

/** WhatsApp's media servers: mmg.whatsapp.net and its CDN hosts (media-*.cdn.whatsapp.net, *.fna.whatsapp.net). */
export function isWhatsappMediaHost(hostname: string): boolean {
  return /^([a-z0-9-]+\.)+whatsapp\.net$/.test(hostname);
}

function acceptable(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '' && isWhatsappMediaHost(url.hostname);
}

function parsed(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * The address to download a media message's file from, or null when the
 * message points anywhere but WhatsApp's media servers. Both fields come from
 * the sender's message: a `url` on another host is refused even when a
 * `directPath` is present (Baileys would take its host for the path), and
 * the address built from the path is checked again.
 */
export function mediaUrlOf(media: { url?: string | null; directPath?: string | null }): URL | null {
  const url = media.url ? parsed(media.url) : null;
  if (media.url && (!url || !acceptable(url))) return null;
  let candidate: URL | null = url;
  if (media.directPath) {
    if (!/^\/[^\s@\\]*$/.test(media.directPath) || media.directPath.startsWith('//')) return null;
    candidate = parsed(`https://${url?.hostname ?? DEFAULT_MEDIA_HOST}${media.directPath}`);
  }
  return candidate && acceptable(candidate) ? candidate : null;
}
