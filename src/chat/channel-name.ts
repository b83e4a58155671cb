/** The chat channels SAPA speaks on. Channels translate to and from the neutral messages of `src/chat/`. */
export type ChannelName = 'TELEGRAM' | 'WHATSAPP' | 'LOCAL';
