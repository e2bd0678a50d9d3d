import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { LocalDate } from '../knowledge/calendar';
import { addDays, isoDate, parseIsoDate, todayInJapan } from '../knowledge/calendar';
import { dateReadingFor, parseDateInput, saysNotReceived } from '../knowledge/dateInput';
import { coolingOff } from '../knowledge/coolingOff';
import type { QuestionWords } from '../knowledge/routing/questionWords';
import { action } from './actions';
import { COOLING_OFF_DIALOG } from './ids';
import type { InputResult } from './inputs';
import type { DialogDeps, TopicOptions, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';
import { CONSUMER_CONTACTS } from './consumerDialog';

export { COOLING_OFF_DIALOG };

/**
 * Words that name a sale type in a resident's question. Exactly one type must be named: two are
 * not guessed between. Door-to-door and telephone sales in every language (the routing keywords
 * send them here); the rarer types in Japanese and English, where the helpers saw residents write
 * them, and a beauty salon's contract in Chinese (美容院 alone is a hairdresser too, but here the
 * words were already read as a contract to cancel).
 */
const SALE_TYPE_WORDS: ReadonlyArray<[string, readonly string[]]> = [
  [
    'doorToDoor',
    [
      ...['訪問販売', '家に来て', '家に来た', '業者が来', 'いえにきた', 'いえに きた', 'ほうもんはんばい'],
      // "The roof is broken", said by a man at the door (屋根が壊れてるから直さなあかん言うて, R10-06).
      ...['屋根が壊れ', '屋根がこわれ', 'やねがこわれ'],
      ...['door to door', 'door-to-door', '上门推销', '上門推銷', '到府推銷', '방문판매', '방문 판매'],
      ...['bán hàng tận nhà', 'ban hang tan nha', 'đến tận nhà', 'den tan nha', 'đến nhà bán', 'den nha ban'],
      ...['nagbebenta sa bahay'],
      ...['घरमै आएर बेच', 'घरमा आएर बेच'],
      ...['porta a porta', 'venta a domicilio', 'vendedor a domicilio', 'puerta a puerta'],
      ...['datang ke rumah', 'ขายตามบ้าน', 'ขายถึงบ้าน', 'มาที่บ้าน', 'มาขายของที่บ้าน', 'มาขายที่บ้าน'],
    ],
  ],
  [
    'telephone',
    [
      ...['電話勧誘', '電話で契約', '電話で勧誘', 'telephone sales', 'phone sales', 'over the phone'],
      ...['电话推销', '電話推銷', '電話行銷', '전화권유', '전화 권유', 'qua điện thoại', 'qua dien thoai'],
      ...['benta sa telepono', 'फोनबाट बेच', 'por telefone', 'por teléfono', 'por telefono'],
      ...['lewat telepon', 'ขายทางโทรศัพท์', 'โทรมาขาย'],
    ],
  ],
  [
    'continuousService',
    [
      ...['エステ', '語学教室', '英会話教室', '家庭教師', '学習塾', 'パソコン教室', '結婚相談', '美容医療'],
      ...['esthetic', 'beauty salon', 'language school', 'english school', 'cram school', 'tutor'],
      ...['marriage agency', 'matchmaking', 'cosmetic surgery', 'hair removal'],
      ...['美容院', '美容沙龙', '美容沙龍', '医美', '醫美'],
    ],
  ],
  ['doorToDoorPurchase', ['訪問購入', '買い取りに来', '買取に来']],
  [
    'multiLevel',
    [
      ...['マルチ商法', 'マルチに', '連鎖販売', 'ネットワークビジネス', 'multi-level', 'pyramid scheme'],
      ...['multi level marketing', 'network marketing', 'recruit people', 'recruit other people'],
    ],
  ],
  ['businessOpportunity', ['内職商法', 'モニター商法', '業務提供誘引']],
  [
    'mailOrder',
    [
      ...['通販', 'ネットで買', 'ネットショッピング', '定期購入', 'サブスク', 'お試し'],
      ...['online shopping', 'mail order', 'bought online', 'subscription', 'free trial'],
    ],
  ],
];

export function saleTypeIn(text: string): string | null {
  const lower = text.toLowerCase();
  const named = SALE_TYPE_WORDS.filter(([, words]) => words.some((w) => lower.includes(w)));
  return named.length === 1 ? named[0]![0] : null;
}

const SALE_TYPE_PROMPT = 'consumer:coolingOff.saleTypePrompt';
/**
 * What every answer of the calculator ends with: the intent too, also when it was reached by the
 * menu's buttons, so "I already paid" or "can I still cancel?" after it is read as about it.
 */
const answered = (): TopicResult => ({ answered: 'consumer', intent: 'coolingOff' });
const DATE_PROMPT = 'consumer:coolingOff.datePrompt';

/** The cooling-off calculator: sale type + the day the contract document arrived → the last day to cancel. */
export class CoolingOffDialog extends TopicDialog {
  private readonly questions: QuestionWords;

  constructor(deps: DialogDeps) {
    super(COOLING_OFF_DIALOG, deps);
    this.questions = deps.questions;
    this.flow(
      (s) => this.saleType(s),
      (s) => this.date(s),
      (s) => this.result(s),
    );
  }

  private async saleType(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // "A postcard, or e-mail too?" (R9-13: after the answer it got the sale-type question): how
    // to give notice, whatever the sale type. So for "I paid by card" right after the answer: the
    // how-to ends with telling the credit company too (it got "which certificate?", for カード).
    // On first asking, a card payment is only part of the story: the calculator runs.
    // "I already paid" right after the answer (it got the sale-type question; in Korean the
    // crime-victim path): paying does not end the period.
    const asked = this.questions.asks(this.said(step) ?? '');
    const followUp = this.followUp(step);
    const first =
      asked.has('notice') || (asked.has('card') && followUp)
        ? 'consumer:coolingOff.how'
        : asked.has('paid') && followUp
          ? 'consumer:coolingOff.paid'
          : undefined;
    if (first) {
      const say = this.say(step);
      await this.send(step, [say.text(first), say.contacts(CONSUMER_CONTACTS)]);
      return step.endDialog(answered());
    }
    const intent = this.intent(step);
    const ids = this.kb.saleTypes().map((s) => s.id);
    if (intent && ids.includes(intent)) return step.next(intent);
    const said = saleTypeIn(this.said(step) ?? '');
    if (said && ids.includes(said)) return this.decided(step, SALE_TYPE_PROMPT, said);
    return this.ask(step, {
      prompt: SALE_TYPE_PROMPT,
      choices: ids.map((id) => ({ value: action.opt(id), label: `consumer:coolingOff.saleType.${id}` })),
      mode: 'closed',
      datesBack: true,
      detailsBack: ['period', 'notice', 'card', 'paid', 'number'],
    });
  }

  private async date(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    // The day typed before the sale type was chosen (昨天, 10/20): kept, said back, and the sale
    // type asked again, so the answer needs no second date (R9-08: the date was lost).
    const early = 'reroute' in choice ? this.earlyDate(step, choice.reroute.reroute) : undefined;
    if (early) return this.saleTypeAgain(step, early.text, early.date);
    // "何日以内？", "a postcard?", "I paid by card" or "I already paid" at the sale-type question (C04: the question
    // came again): the usual period for door-to-door and telephone sales, or how to give notice
    // (the credit company too), then the question, whose answer gives the exact last day.
    const asked =
      'reroute' in choice && choice.reroute.reroute ? this.questions.asks(choice.reroute.reroute) : undefined;
    const first = asked?.has('period')
      ? 'consumer:scam.saleAdvice'
      : asked?.has('notice') || asked?.has('card')
        ? 'consumer:coolingOff.how'
        : asked?.has('paid')
          ? 'consumer:coolingOff.paid'
          : undefined;
    if (first) {
      await this.send(step, [this.say(step).text(first)]);
      return step.replaceDialog(this.initialDialogId, step.options);
    }
    // "Which number do I call?" at the sale-type question (Gọi số nào? got the question again, or
    // the general contacts): the consumer desks, whatever the sale was.
    if (asked?.has('number')) {
      const say = this.say(step);
      await this.send(step, [say.text('consumer:consult'), say.contacts(CONSUMER_CONTACTS)]);
      return step.endDialog({ answered: 'consumer' } satisfies TopicResult);
    }
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    if (!this.kb.saleTypes().some((s) => s.id === choice.value))
      return step.endDialog({ reroute: choice.value });
    this.values(step).saleType = choice.value;
    const say = this.say(step);
    if (this.kb.coolingOffDays(choice.value) === null) {
      await this.send(step, [say.text('consumer:coolingOff.none'), say.contacts(CONSUMER_CONTACTS)]);
      return step.endDialog(answered());
    }
    const today = todayInJapan(this.clock.now());
    // A date already given with the question (one date only) is not asked for again. Not when the
    // answer is given again with another date ("I got the document on the 25th" after "I signed on
    // the 20th"): the date in the first words read again undid the correction.
    const text = this.said(step);
    const redated = Object.hasOwn((step.options as TopicOptions | undefined)?.picks ?? {}, DATE_PROMPT);
    const given = text && !redated ? parseDateInput(text, today, dateReadingFor(say.locale)) : null;
    if (given) return this.decided(step, DATE_PROMPT, { kind: 'date', iso: isoDate(given) });
    if (text && saysNotReceived(text)) return step.next({ kind: 'text', text } satisfies InputResult);
    return this.askDate(step, {
      prompt: DATE_PROMPT,
      retry: 'consumer:coolingOff.dateRetry',
      choices: [
        { value: action.opt(isoDate(today).replace(/-/g, '_')), label: 'consumer:coolingOff.today' },
        {
          value: action.opt(isoDate(addDays(today, -1)).replace(/-/g, '_')),
          label: 'consumer:coolingOff.yesterday',
        },
      ],
    });
  }

  /**
   * Text typed at the sale-type question that answers the date question instead: the date it
   * names, or null for "I have not received it".
   */
  private earlyDate(
    step: WaterfallStepContext,
    text: string | undefined,
  ): { text: string; date: LocalDate | null } | undefined {
    if (!text) return undefined;
    const today = todayInJapan(this.clock.now());
    const date = parseDateInput(text, today, dateReadingFor(this.say(step).locale));
    return date || saysNotReceived(text) ? { text, date } : undefined;
  }

  private async saleTypeAgain(
    step: WaterfallStepContext,
    dateText: string,
    date: LocalDate | null,
  ): Promise<DialogTurnResult> {
    const say = this.say(step);
    if (date)
      await this.send(step, [
        say.text('consumer:coolingOff.understood', { date: say.fmt.date(date, say.locale) }),
      ]);
    // Its words become the question's, which the date step reads (no sale type is in a date).
    return step.replaceDialog(this.initialDialogId, { text: dateText } satisfies TopicOptions);
  }

  private async result(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as InputResult | undefined;
    if (input?.kind === 'text' && saysNotReceived(input.text)) {
      // No document yet: the period counts from the day it is received, so it has not started.
      const say = this.say(step);
      await this.send(step, [say.text('consumer:coolingOff.notReceived'), say.contacts(CONSUMER_CONTACTS)]);
      return step.endDialog(answered());
    }
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const saleType = this.values(step).saleType as string;
    const received = parseIsoDate(choice.value);
    const days = this.kb.coolingOffDays(saleType);
    if (!received || days === null) return step.endDialog({});
    const say = this.say(step);
    const locale = say.locale;
    const outcome = coolingOff(days, received, todayInJapan(this.clock.now()));
    const understood: [string, Record<string, unknown>] = [
      'consumer:coolingOff.understood',
      { date: say.fmt.date(received, locale) },
    ];
    switch (outcome.kind) {
      case 'future':
        await this.send(step, [say.lines([understood, 'consumer:coolingOff.future'])]);
        // Ask for the date again, keeping the sale type.
        return step.replaceDialog(this.initialDialogId, { intent: saleType } satisfies TopicOptions);
      case 'open':
        await this.send(step, [
          say.lines([
            understood,
            [
              // The last day is its own message, not a plural: Japanese has no singular form.
              outcome.daysLeft === 1 ? 'consumer:coolingOff.lastDay' : 'consumer:coolingOff.open',
              { count: outcome.daysLeft, days, lastDay: say.fmt.date(outcome.lastDay, locale) },
            ],
            'consumer:coolingOff.how',
          ]),
          say.contacts(CONSUMER_CONTACTS),
        ]);
        return step.endDialog(answered());
      case 'ended':
        await this.send(step, [
          say.lines([
            understood,
            ['consumer:coolingOff.ended', { days, lastDay: say.fmt.date(outcome.lastDay, locale) }],
          ]),
          say.contacts(CONSUMER_CONTACTS),
        ]);
        return step.endDialog(answered());
      default:
        return step.endDialog({});
    }
  }
}
