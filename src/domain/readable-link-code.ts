/** "K7P2 XM9Q R4": a link code as printed, easier to read off paper and type (the spaces are ignored when typed). */
export function readableLinkCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}
