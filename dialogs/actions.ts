import type { Locale, TopicId } from '../knowledge/types';
import { isLocale, isTopicId } from '../knowledge/types';

/**
 * Button values. A button sends a short code instead of its label, so a tap means the same thing in
 * every language; LINE postbacks and Direct Line postBacks carry these codes unchanged.
 */
export type Action =
  | { kind: 'menu'; topic: TopicId | 'language' | 'other' }
  | { kind: 'opt'; value: string }
  | { kind: 'lang'; locale: Locale }
  | { kind: 'fb'; helpful: boolean }
  /** The answer just rated, again (the resident changed language at "was this helpful?"). */
  | { kind: 'again' }
  /** Leave the queue for a staff member, or end the chat with one. */
  | { kind: 'ho'; value: 'leave' };

const ACTION = /^(menu|opt|lang|fb|ho):([\w-]{1,40})$/;

export const action = {
  menu: (topic: TopicId | 'language' | 'other'): string => `menu:${topic}`,
  opt: (value: string): string => `opt:${value}`,
  lang: (locale: Locale): string => `lang:${locale}`,
  feedback: (helpful: boolean): string => `fb:${helpful ? 'yes' : 'no'}`,
  again: (): string => 'fb:again',
  leaveHandoff: (): string => 'ho:leave',
};

/** true when the text has the shape of a button code, known or not. */
export function looksLikeAction(text: string): boolean {
  return ACTION.test(text.trim());
}

export function parseAction(text: string): Action | null {
  const m = ACTION.exec(text.trim());
  if (!m) return null;
  const [, kind, value = ''] = m;
  switch (kind) {
    case 'menu':
      return isTopicId(value) || value === 'language' || value === 'other'
        ? { kind: 'menu', topic: value }
        : null;
    case 'opt':
      return { kind: 'opt', value };
    case 'lang':
      return isLocale(value) ? { kind: 'lang', locale: value } : null;
    case 'fb':
      if (value === 'again') return { kind: 'again' };
      return value === 'yes' || value === 'no' ? { kind: 'fb', helpful: value === 'yes' } : null;
    case 'ho':
      return value === 'leave' ? { kind: 'ho', value } : null;
    default:
      return null;
  }
}
