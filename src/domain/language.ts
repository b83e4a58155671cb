/** The languages everything a person reads comes in: Bahasa Indonesia first, English on request. */
export type Language = 'id' | 'en';
