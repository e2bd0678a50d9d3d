import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { usualHoursUncertain } from '../knowledge/hours';
import { action } from './actions';
import { CERTIFICATE_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { CERTIFICATE_DIALOG };

const CERTIFICATES = ['juminhyo', 'inkan', 'koseki', 'other'] as const;
type Certificate = (typeof CERTIFICATES)[number];
const CARD_ANSWERS = ['yes', 'no', 'notSure'] as const;

/** Window fees that are confirmed; the others are never guessed. */
const WINDOW_FEE: Partial<Record<Certificate, string>> = { juminhyo: 'feeJuminhyo', koseki: 'feeKoseki' };
/** Issued at convenience stores according to the city (the full list is on its page). */
const KONBINI: readonly Certificate[] = ['juminhyo', 'inkan'];

/**
 * "I have no My Number card" said in the first message: the card question would ask it again.
 * Japanese and English, where residents write it this way; other languages get the question.
 */
const NO_CARD: readonly RegExp[] = [
  /(マイナンバーカード|マイナカード|まいなんばーかーど)(は|を|が|も)?(まだ|まだ、)?(持って|もって|作って|つくって)(い|お)?(ない|ません|へん)/u,
  /(マイナンバーカード|マイナカード|まいなんばーかーど)(は|が|も)?(まだ)?(ない|無い|ありません|なし)/u,
  /\b(don'?t|do not|didn'?t|never) (have|got|get|own)( a| my| any)? (my ?number|individual number) card/iu,
  /\b(no|without( a)?) (my ?number|individual number) card/iu,
];

/**
 * Certificates: which one, then "My Number card and PIN?", then the way that fits — the
 * convenience store first, as the bureau wants, else the window, the weekend counters, the request
 * box or the online system. It guides only: it never takes an application in the chat.
 */
export class CertificateDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(CERTIFICATE_DIALOG, deps);
    this.flow(
      (s) => this.which(s),
      (s) => this.card(s),
      (s) => this.answer(s),
    );
  }

  private async which(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    if (intent === 'pin') {
      // A forgotten or locked PIN: no certificate can be had at the machines until it is reset.
      const say = this.say(step);
      await this.send(step, [
        say.text('multicultural:myNumberHelp'),
        say.page('my-number-card'),
        say.contacts(['wardSupport']),
      ]);
      return step.endDialog({ answered: 'certificate' });
    }
    if (intent && (CERTIFICATES as readonly string[]).includes(intent)) return step.next(intent);
    return this.ask(step, {
      prompt: 'certificate:whichPrompt',
      choices: CERTIFICATES.map((c) => ({ value: action.opt(c), label: `certificate:which.${c}` })),
      mode: 'closed',
    });
  }

  private async card(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const certificate = (CERTIFICATES as readonly string[]).includes(choice.value)
      ? (choice.value as Certificate)
      : 'other';
    this.values(step).certificate = certificate;
    if (certificate === 'other') {
      const say = this.say(step);
      // Which other certificates the machines issue is not confirmed (osaka-facts.md): no
      // "you can get it at a convenience store" here, only where to ask and the service's card.
      await this.send(step, [
        say.lines(['certificate:otherInfo']),
        say.contacts(['konbiniService', 'wardSupport']),
        say.text('noApplications'),
      ]);
      return step.endDialog({ answered: 'certificate' });
    }
    const said = this.said(step) ?? '';
    if (NO_CARD.some((p) => p.test(said))) return step.next('no');
    return this.ask(step, {
      prompt: 'certificate:cardPrompt',
      choices: CARD_ANSWERS.map((a) => ({ value: action.opt(a), label: a })),
      mode: 'closed',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const certificate = this.values(step).certificate as Certificate;
    const say = this.say(step);
    const feeFact = WINDOW_FEE[certificate];
    const fee: Array<[string, Record<string, unknown>]> = feeFact
      ? [['certificate:fee', { fee: say.fmt.fact(this.kb.fact(feeFact), say.locale) }]]
      : [];
    if (choice.value === 'yes' && KONBINI.includes(certificate)) {
      // "Every day 6:30–23:00" only when the card says so too: not on the year-end days.
      const hours = this.kb.contact('konbiniService').hours;
      const usual = !hours || !usualHoursUncertain(hours, this.clock.now());
      await this.send(step, [
        say.lines([usual ? 'certificate:konbini' : 'certificate:konbiniUncertain', 'certificate:online']),
        say.contacts(['konbiniService']),
        say.text('noApplications'),
      ]);
    } else if (choice.value === 'yes') {
      await this.send(step, [
        say.lines(['certificate:kosekiKonbini', 'certificate:window', ...fee, 'certificate:weekend']),
        say.contacts(['konbiniService', 'wardSupport']),
        say.text('noApplications'),
      ]);
    } else {
      await this.send(step, [
        say.lines([
          'certificate:window',
          ...fee,
          'certificate:weekend',
          'certificate:requestBox',
          'certificate:online',
          ...(choice.value === 'no' ? ['certificate:getCard'] : []),
        ]),
        say.contacts(['requestBox', 'wardSupport']),
        say.text('noApplications'),
      ]);
    }
    return step.endDialog({ answered: 'certificate' });
  }
}
