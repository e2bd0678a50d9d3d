import { isJapanese } from '../knowledge/languages';
import type { Reply, Say } from './presenter';

/**
 * The emergency answer: the numbers and how to call them (say where you are), the advice line,
 * and outside Japanese the fire department's interpretation. Someone thinking of dying reads the
 * caring words first, the numbers right after, and the page that lists the support lines.
 * `more` adds contacts after the numbers (the children's night line for a child's illness).
 */
export function emergencyReplies(say: Say, suicide = false, more: readonly string[] = []): Reply[] {
  return [
    say.lines([
      ...(suicide ? ['emergency:crisis'] : []),
      'emergency:alert',
      'emergency:advice',
      ...(isJapanese(say.locale) ? [] : ['emergency:interpretation']),
    ]),
    say.contacts(['police110', 'fire119', 'kyukyu7119', ...more]),
    ...(suicide ? [say.page('police-victims')] : []),
  ];
}
