import type { Params } from '../../i18n/translate';

/** A catalogue lookup in the person's language (TurnContext['t']). */
export type Translator = (key: string, params?: Params) => string;
