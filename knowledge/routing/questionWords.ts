import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compilePattern, PatternIndex, prepareText } from './patterns';

/** What a question asks about an answer's details. */
export const QUESTION_KINDS = [
  'fee',
  'weekend',
  'where',
  'proxy',
  'anonymous',
  'noPolice',
  'number',
  'calling',
  'reported',
  'support',
  'period',
  'corners',
  'notice',
  'card',
  'moneyBack',
  'police',
  'coming',
  'atAtm',
  'cancel',
  'paid',
  'bring',
  'mail',
  'visit',
  'expired',
  'needs',
  'hours',
  'appointment',
  'amount',
  'when',
  'byPhone',
  'languages',
  'sendPhoto',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * Kinds that ask about an answer's details (a follow-up). "What support is there?" asks for more;
 * "I paid by card" tells, and after any answer but cooling-off's is a new matter. "Will the money
 * come back?", "should I tell the police?" and "he is coming now" are about the scam advice only
 * (scamCheckDialog): after a certificate's answer they are a new matter too. So are "can I still
 * cancel?" and "I already paid", which are about the cooling-off answer only. "By mail?", "do I
 * have to go to the ward office?", "my card expired", "what do I need?" follow a certificate's
 * answer only (CERTIFICATE_FOLLOW_UPS): after another topic's they are read as usual. So "until
 * what time?" and "do I need an appointment?" follow a certificate's or a foreign-residents answer
 * only (MULTICULTURAL_FOLLOW_UPS).
 * A bare "bao nhiêu?" (amount) is read by the certificate dialog only, as the whole message
 * right after its answer. "When is it?" (when) and "by phone?" (byPhone) follow the one-day
 * information service's answer only: after another answer いつ, "when", quando ask about a deadline
 * or a procedure's day, and "by phone?" whether a procedure can be done without going. So "which
 * languages?" (languages), read nowhere else. "Can I apply here? I can send a photo of my ID"
 * (sendPhoto) asks of the chat itself, not of an answer (mainDialog says first that it takes none).
 */
const NOT_DETAILS: ReadonlySet<QuestionKind> = new Set([
  'support',
  'card',
  'moneyBack',
  'police',
  'coming',
  'atAtm',
  'cancel',
  'paid',
  'mail',
  'visit',
  'expired',
  'needs',
  'hours',
  'appointment',
  'amount',
  'when',
  'byPhone',
  'languages',
  'sendPhoto',
]);

/** What a question right after a certificate's answer may ask about it, besides the details. */
export const CERTIFICATE_FOLLOW_UPS: readonly QuestionKind[] = [
  'mail',
  'visit',
  'expired',
  'needs',
  'hours',
  'appointment',
];
/**
 * What a question right after a foreign-residents answer may ask about it, besides the details:
 * where to go, until what time, whether an appointment is needed.
 */
export const MULTICULTURAL_FOLLOW_UPS = [
  'where',
  'hours',
  'appointment',
] as const satisfies readonly QuestionKind[];
const DETAIL_KINDS: ReadonlySet<QuestionKind> = new Set(QUESTION_KINDS.filter((k) => !NOT_DETAILS.has(k)));

const questionWordsSchema = z
  .object({
    _doc: z.string().optional(),
    fee: z.array(z.string().min(1)),
    weekend: z.array(z.string().min(1)),
    where: z.array(z.string().min(1)),
    /** Someone asking for another (a parent, a spouse): who may, with what, is on the city's page. */
    proxy: z.array(z.string().min(1)),
    /** On the crime-victim path: "can I stay anonymous?", "I don't want the police", "what number?". */
    anonymous: z.array(z.string().min(1)),
    noPolice: z.array(z.string().min(1)),
    number: z.array(z.string().min(1)),
    /** How to make a call: "what do I say on the phone?", 何て言えばいい (after the emergency answer). */
    calling: z.array(z.string().min(1)).default([]),
    /** Help was called or came ("110した", "the police are coming"), right after the emergency answer. */
    reported: z.array(z.string().min(1)).default([]),
    /** On the crime-victim path: "what support is there?", its overview (the menu's first choice). */
    support: z.array(z.string().min(1)).default([]),
    /** How many days one has ("何日以内？", "how many days"): a deadline's length. */
    period: z.array(z.string().min(1)).default([]),
    /** The certificate service counters by their places (梅田, Namba…), open on weekends too. */
    corners: z.array(z.string().min(1)).default([]),
    /** How to give notice of a cancellation: a postcard, e-mail ("はがきでいいの？"). */
    notice: z.array(z.string().min(1)).default([]),
    /** Paid by credit card or with a loan ("カードで払った"): the credit company is told too. */
    card: z.array(z.string().min(1)).default([]),
    /** Right after the advice for money already sent: "will I get it back?", "how much comes back?". */
    moneyBack: z.array(z.string().min(1)).default([]),
    /** "Should I tell the police?": right after scam advice that names the police first, yes, 110 now. */
    police: z.array(z.string().min(1)).default([]),
    /** "They are coming to my house now": right after scam advice that names the police first, 110 now. */
    coming: z.array(z.string().min(1)).default([]),
    /** "I'm at the ATM now" (ATMの前におる, nasa ATM na ako): in a refund, fake-police or transfer scam, stop there. */
    atAtm: z.array(z.string().min(1)).default([]),
    /** "Can I still cancel?", "is it too late?": right after the cooling-off answer, that answer again. */
    cancel: z.array(z.string().min(1)).default([]),
    /** "I already paid": paying does not end the cooling-off period (at its answer or its question). */
    paid: z.array(z.string().min(1)).default([]),
    /** What to bring ("何を持っていけばいい？", "what do I bring?"): the documents an answer needs. */
    bring: z.array(z.string().min(1)).default([]),

    /** Right after a certificate's answer: "can I get it by mail?" (郵送で取り寄せできますか). */
    mail: z.array(z.string().min(1)).default([]),
    /** Right after a certificate's answer: "do I have to go to the ward office?", "can I go today?". */
    visit: z.array(z.string().min(1)).default([]),
    /** Right after a certificate's answer: "my card expired" (カードの期限が切れてる). */
    expired: z.array(z.string().min(1)).default([]),
    /** Right after a certificate's answer: "what do I need?" (何が必要？). */
    needs: z.array(z.string().min(1)).default([]),
    /** Right after a foreign-residents answer: "until what time?" (何時まで？, 几点关门？). */
    hours: z.array(z.string().min(1)).default([]),
    /** Right after a foreign-residents answer: "do I need an appointment?" (予約いる？, preciso marcar?). */
    appointment: z.array(z.string().min(1)).default([]),
    /**
     * A bare "how much / how many?" (bao nhiêu?): right after a certificate's answer, and as the
     * whole message, its fee; elsewhere it may ask how many days (the cooling-off period).
     */
    amount: z.array(z.string().min(1)).default([]),
    /**
     * Right after the one-day information service's answer: when it is held (いつですか, 언제 해요?,
     * "when is it?"). Its next date is not on record: that is said, with where to check it.
     */
    when: z.array(z.string().min(1)).default([]),
    /**
     * Right after the one-day information service's answer: whether one can ask by phone
     * (電話でも相談できますか, "can I call instead?"). Its answer says so: it is given again.
     */
    byPhone: z.array(z.string().min(1)).default([]),
    /**
     * Right after the one-day information service's answer: in which languages one can ask
     * (何語で相談できますか, "which languages?"). Their number is on record, not which they are.
     */
    languages: z.array(z.string().min(1)).default([]),
    sendPhoto: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type QuestionWordsFile = z.infer<typeof questionWordsSchema>;

export const DEFAULT_QUESTION_WORDS_FILE = path.join(__dirname, 'questionWords.json');

/**
 * "How much?", "and on Saturday?", "where is it?" in 13 languages: a resident who asks one of these
 * about a certificate wants that detail, not the questions that lead to the whole answer again.
 */
export class QuestionWords {
  private readonly index: PatternIndex;
  private readonly kindOf: QuestionKind[] = [];
  private readonly words: QuestionWordsFile;

  constructor(data: QuestionWordsFile) {
    const parsed = questionWordsSchema.parse(data);
    this.words = parsed;
    const patterns = QUESTION_KINDS.flatMap((kind) =>
      parsed[kind].map((word) => {
        this.kindOf.push(kind);
        return compilePattern(word);
      }),
    );
    this.index = new PatternIndex(patterns);
  }

  static load(file: string = DEFAULT_QUESTION_WORDS_FILE): QuestionWords {
    return new QuestionWords(JSON.parse(readFileSync(file, 'utf8')) as QuestionWordsFile);
  }

  /** The details the text asks about, in QUESTION_KINDS order (the fee first). */
  asks(text: string): Set<QuestionKind> {
    const found = new Set<QuestionKind>();
    this.index.scan(prepareText(text.slice(0, 500)), (order) => found.add(this.kindOf[order]!));
    return found;
  }

  /**
   * The text with the words of `kind` taken out as written (in lower case, longest first), for
   * reading what else it says ("the ambulance is coming" and then?). Words written otherwise than
   * in the list (other kana, spacing) stay in.
   */
  without(text: string, kind: QuestionKind): string {
    let rest = text.normalize('NFKC').toLowerCase();
    for (const word of [...this.words[kind]].sort((a, b) => b.length - a.length))
      rest = rest.split(word.toLowerCase()).join(' ');
    return rest;
  }

  /** Whether the text is nothing but words of `kind` (as written), with punctuation: "bao nhiêu?". */
  only(text: string, kind: QuestionKind): boolean {
    return this.asks(text).has(kind) && !/[\p{L}\p{N}]/u.test(this.without(text, kind));
  }

  /** Whether the text asks about an answer's details (the fee, where, which number…). */
  asksDetails(text: string): boolean {
    return [...this.asks(text)].some((kind) => DETAIL_KINDS.has(kind));
  }
}
