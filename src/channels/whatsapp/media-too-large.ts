/** The file is larger than SAPA accepts, whatever the message declared. */
export class MediaTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`media file larger than ${maxBytes} bytes`);
    this.name = 'MediaTooLargeError';
  }
}
