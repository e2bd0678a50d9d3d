import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { Dialog, DialogContainer, DialogSet, DialogTurnStatus } from '../dialogs/botbuilderDialogs';
import {
  detectLocale,
  localeFromChannel,
  markerWordCount,
  resolveLocale,
} from '../knowledge/routing/language';
import { isJapanese, LANGUAGE_NAMES } from '../knowledge/languages';
import { cleanIncoming, hasWords } from '../knowledge/routing/text';
import type { Locale } from '../knowledge/types';
import { MAIN_DIALOG } from '../dialogs/ids';
import type { Interrupts } from '../dialogs/interrupts';
import type { LanguageMemory } from '../dialogs/languageDialog';
import type { MainDialog, MainOptions } from '../dialogs/mainDialog';
import type { Presenter } from '../dialogs/presenter';
import type { ConversationInfo, UserProfile } from '../dialogs/turn';
import { getTurnInfo, setTurnInfo } from '../dialogs/turn';
import { looksLikeAction, parseAction } from '../dialogs/actions';
import { LEAVE_HANDOFF } from '../dialogs/handoffDialog';
import { menuChoices } from '../dialogs/mainDialog';
import type { HandoffCase, HandoffDesk } from './handoff/desk';
import { caseKey } from './handoff/hub';
import type { Logger } from './logger';
import type { IdHasher } from './privacy';
import { scrub } from './privacy';

/** Faces and signs of crying, fear or a broken heart, sent without words. */
const SAD_FACES =
  /[\u{1F622}\u{1F62D}\u{1F625}\u{1F630}\u{1F628}\u{1F631}\u{1F61E}\u{1F614}\u{1F61F}\u{1F641}\u2639\u{1F494}\u{1F97A}\u{1F63F}\u{1F629}\u{1F62B}\u{1F616}\u{1F623}]/u;
export interface CitizenBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  interrupts: Interrupts;
  presenter: Presenter;
  logger: Logger;
  hasher: IdHasher;
  locales: readonly Locale[];
  defaultLocale: Locale;
  /** Live chat with staff; null when the staff console is not configured. */
  desk?: HandoffDesk | null;
}

/** Lines of the conversation kept for a hand-off (each message up to RECENT_CHARS characters). */
const RECENT_LINES = 12;
const RECENT_CHARS = 300;
/** Letters a message needs before its language is offered (TurnInfo.offer). */
const OFFER_MIN_LETTERS = 6;
/**
 * Where botbuilder-dialogs keeps, for one turn, the memory scopes and path resolvers of its
 * DialogStateManager (botbuilder-dialogs/lib/memory/dialogStateManager.js).
 */
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * The description of the Symbol under which botbuilder-dialogs marks, in turn state, that the
 * turn's "activityReceived" dialog event has been emitted (botbuilder-dialogs/lib/dialogContext.js).
 */
const ACTIVITY_RECEIVED_EMITTED = 'ActivityReceivedEmitted';

/**
 * Whether any dialog in the tree can react to a dialog event: one that overrides botbuilder's own
 * event handling (onDialogEvent, onPreBubbleEvent, onPostBubbleEvent), here or in a container.
 */
export function reactsToDialogEvents(dialogs: readonly Dialog[]): boolean {
  type Handlers = Record<'onDialogEvent' | 'onPreBubbleEvent' | 'onPostBubbleEvent', unknown>;
  const base = Dialog.prototype as unknown as Handlers;
  const container = DialogContainer.prototype as unknown as Handlers;
  return dialogs.some((dialog) => {
    const own = dialog as unknown as Handlers;
    if (own.onDialogEvent !== base.onDialogEvent && own.onDialogEvent !== container.onDialogEvent)
      return true;
    if (own.onPreBubbleEvent !== base.onPreBubbleEvent || own.onPostBubbleEvent !== base.onPostBubbleEvent)
      return true;
    return dialog instanceof DialogContainer && reactsToDialogEvents(dialog.dialogs.getDialogs());
  });
}

/**
 * The turn pipeline: clean the text, resolve the language, answer what cannot wait (emergency,
 * commands), then let the dialogs continue. Channels only translate formats before this point.
 */
export class CitizenBot extends ActivityHandler implements LanguageMemory {
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly conversationInfo: StatePropertyAccessor<ConversationInfo>;
  readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly dialogs: DialogSet;
  /**
   * botbuilder-dialogs builds its memory scopes and path resolvers again on every turn (a service
   * collection, a dependency graph and a settings parse that fails into a ZodError: a visible share
   * of a turn). They hold no state of their own (they read it from the dialog context), so the set
   * built on the first turn is handed to every later one. Should a botbuilder update rename the
   * turn-state key, each turn simply builds its own again.
   */
  private stateConfiguration: DialogStateManagerConfiguration | undefined;
  /**
   * The first continueDialog of a turn emits an "activityReceived" dialog event, from the innermost
   * dialog up to the outermost: each container on the way builds a child dialog context for it, and
   * every dialog's event handlers run, all of them async. None of our dialogs handles a dialog event
   * (this is checked: botbuilder's prompts would), so the event changes nothing, and each turn
   * starts with botbuilder's "already emitted" mark set. The mark's Symbol is private to
   * botbuilder-dialogs: it is found in the first turn's state; should an update rename it, every
   * turn simply emits the event again.
   */
  private activityReceived: symbol | null | undefined;

  constructor(private readonly deps: CitizenBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.conversationInfo = deps.conversationState.createProperty<ConversationInfo>('info');
    this.profile = deps.userState.createProperty<UserProfile>('profile');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.mainDialog);

    this.onMessage(this.messageHandler);

    this.onMembersAdded(async (context, next) => {
      // Greet once, when the resident (not the bot) joins: Web Chat and the Emulator send this.
      const joined = (context.activity.membersAdded ?? []).some(
        (m) => m.id !== context.activity.recipient?.id,
      );
      if (joined) {
        await this.prepareTurn(context, '');
        const dc = await this.dialogs.createContext(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(MAIN_DIALOG, { greet: true } satisfies MainOptions);
      }
      await next();
    });
  }

  /** The one handler this bot registers for messages. */
  private readonly messageHandler = async (
    context: TurnContext,
    next: () => Promise<void>,
  ): Promise<void> => {
    await this.handleMessage(context);
    await next();
  };

  /**
   * ActivityHandler takes a message through its handler chains (turn, message, then dialog: a dozen
   * async steps, each with its own promises) to the one handler registered for it, which calls
   * handleMessage. While the handlers are still only those registered in the constructor (checked
   * on every turn), a message goes to handleMessage directly; any other activity, or a bot with a
   * handler added since, is dispatched by botbuilder as before.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    if (context.activity.type === (ActivityTypes.Message as string) && this.ownHandlersOnly()) {
      await this.handleMessage(context);
      return;
    }
    await super.onTurnActivity(context);
  }

  private ownHandlersOnly(): boolean {
    const handlers = this.handlers;
    let count = 0;
    for (const type in handlers) {
      count += 1;
      if (handlers[type]?.length !== 1) return false;
    }
    return (
      count === 2 && handlers.Message?.[0] === this.messageHandler && handlers.MembersAdded !== undefined
    );
  }

  async remember(context: TurnContext, locale: Locale): Promise<void> {
    const profile = await this.profile.get(context, {});
    profile.locale = locale;
    await this.profile.set(context, profile);
  }

  override async run(context: TurnContext): Promise<void> {
    const started = Date.now();
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION, this.stateConfiguration);
    if (this.activityReceived) context.turnState.set(this.activityReceived, true);
    if (this.deps.desk) {
      // What the bot says is kept (briefly) for staff, should the resident ask for a person.
      context.onSendActivities(async (ctx, activities, next) => {
        const recent = getTurnInfo(ctx).recent;
        if (recent) {
          for (const a of activities) {
            if (a.type === 'message' && a.text) this.note(recent, 'bot', a.text);
          }
        }
        return next();
      });
    }
    await super.run(context);
    this.stateConfiguration ??= context.turnState.get<DialogStateManagerConfiguration>(STATE_CONFIGURATION);
    if (this.activityReceived === undefined) {
      const mark = [...context.turnState.keys()].find(
        (key): key is symbol => typeof key === 'symbol' && key.description === ACTIVITY_RECEIVED_EMITTED,
      );
      // null: never skip (a dialog handles events); undefined: not seen yet (no dialog continued).
      if (mark) this.activityReceived = reactsToDialogEvents(this.dialogs.getDialogs()) ? null : mark;
    }
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
    // The line is built only when it is written (LOG_LEVEL info or lower).
    if (!this.deps.logger.isLevelEnabled('info')) return;
    const info = getTurnInfo(context);
    this.deps.logger.info(
      {
        conversation: this.deps.hasher.hash(context.activity.conversation?.id),
        user: this.deps.hasher.hash(context.activity.from?.id),
        channel: info.channel,
        type: context.activity.type,
        locale: info.locale,
        topic: info.topic ?? null,
        ms: Date.now() - started,
      },
      'turn',
    );
  }

  private async prepareTurn(context: TurnContext, text: string): Promise<void> {
    const profile = await this.profile.get(context, {});
    const conversation = await this.conversationInfo.get(context, {});
    const locale = resolveLocale(
      { explicit: profile.locale, channel: context.activity.locale, text, previous: conversation.locale },
      this.deps.locales,
      this.deps.defaultLocale,
    );
    conversation.locale = locale;
    const offer = this.languageToOffer(context, profile, conversation, locale, text);
    if (this.deps.desk) conversation.recent ??= [];
    else delete conversation.recent;
    setTurnInfo(context, {
      locale,
      channel: context.activity.channelId ?? 'unknown',
      ...(conversation.recent ? { recent: conversation.recent } : {}),
      ...(offer ? { offer } : {}),
    });
  }

  /**
   * Before anything answers (a greeting, a command, an emergency as much as a question): the offer
   * of the resident's language, unless they are asking for a language already. An emergency's
   * alert comes first in their language too: 110 and 119 must not wait for a language switch.
   */
  private async offerLanguage(context: TurnContext, text: string): Promise<void> {
    const offer = getTurnInfo(context).offer;
    if (!offer || this.deps.interrupts.changesLanguage(text)) return;
    const own = this.deps.presenter.forLocale(offer);
    const language = LANGUAGE_NAMES[offer];
    if (this.deps.interrupts.isEmergency(text)) {
      await context.sendActivity(own.lines(['emergency:alert', ['languageOffer', { language }]]));
    } else await context.sendActivity(own.text('languageOffer', { language }));
  }

  /**
   * DESIGN.md puts the channel's language before the text's. When the two disagree (a phone set to
   * Japanese, a message in Vietnamese), the answer stays in the channel's language, but the
   * resident is told once, in their own language, how to switch: nobody is left reading a language
   * they did not write in without knowing there is another way.
   */
  private languageToOffer(
    context: TurnContext,
    profile: UserProfile,
    conversation: ConversationInfo,
    locale: Locale,
    text: string,
  ): Locale | undefined {
    // A date (11月20日) or a word (昨日) typed at a question is not a language the resident writes in.
    if (profile.locale || conversation.offered || (text.match(/\p{L}/gu) ?? []).length < OFFER_MIN_LETTERS)
      return undefined;
    if (localeFromChannel(context.activity.locale, this.deps.locales) !== locale) return undefined;
    // Japanese in romaji ("byouin ni ikitai") is undecided (null): no offer. The phone's language is
    // one the resident chose, and easy Japanese would be offered in kana they may not type or read.
    const written = detectLocale(text, this.deps.locales);
    if (!written || written === locale || (isJapanese(written) && isJapanese(locale))) return undefined;
    // Words of the conversation's own language around a term of another, more of them than of the
    // other's (R9-18: "bisa cooling off ga" in Indonesian was offered English).
    const own = markerWordCount(text, locale);
    if (own >= 2 && own >= markerWordCount(text, written)) return undefined;
    // Most Chinese sentences are written alike in both scripts (我想要住民票), and detection then
    // says simplified: a traditional-Chinese reader was offered 简体中文, in simplified.
    if (written.startsWith('zh-') && locale.startsWith('zh-')) return undefined;
    conversation.offered = true;
    return written;
  }

  private note(
    recent: NonNullable<ConversationInfo['recent']>,
    from: 'resident' | 'bot',
    text: string,
  ): void {
    recent.push({ from, text: text.slice(0, RECENT_CHARS), at: Date.now() });
    if (recent.length > RECENT_LINES) recent.splice(0, recent.length - RECENT_LINES);
  }

  /**
   * A resident who is waiting for, or chatting with, a staff member: their words go to the desk,
   * not the dialogs. An emergency still gets its answer at once; "leave" or "stop" ends the chat.
   */
  private async relay(context: TurnContext, live: HandoffCase, text: string): Promise<void> {
    const desk = this.deps.desk!;
    const say = () => this.deps.presenter.for(context);
    const tapped = parseAction(text);
    if (tapped?.kind === 'ho' || this.deps.interrupts.isStop(text)) {
      await desk.residentLeaves(live);
      await context.sendActivity(say().text('handoff:ended.resident', {}, menuChoices()));
      return;
    }
    if (!hasWords(text) || looksLikeAction(text)) {
      // A photo or a sticker cannot be passed on; an old button means nothing to staff.
      await context.sendActivity(say().text('handoff:textOnly'));
      return;
    }
    await this.deps.interrupts.alertIfEmergency(context, text);
    await desk.residentSays(live, text);
    if (live.state === 'waiting') {
      const position = (await desk.position(live.id)) ?? 1;
      await context.sendActivity(say().text('handoff:stillWaiting', { position }, LEAVE_HANDOFF));
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = cleanIncoming(context.activity.text);
    // A button code (opt:yes) says nothing about the resident's language.
    await this.prepareTurn(context, looksLikeAction(text) ? '' : text);
    const live = (await this.deps.desk?.caseFor(caseKey(context.activity))) ?? null;
    if (live) {
      await this.relay(context, live, text);
      return;
    }
    const recent = getTurnInfo(context).recent;
    if (recent && hasWords(text) && !looksLikeAction(text)) this.note(recent, 'resident', scrub(text));
    const dc = await this.dialogs.createContext(context);
    const say = () => this.deps.presenter.for(context);

    if (!hasWords(text) && !/^[?？]$/.test(text)) {
      // 🚑 or 🆘 alone is an emergency told without words: the alert, like any other.
      if (text && (await this.deps.interrupts.handle(dc, text))) return;
      // A photo, a sticker, emoji or an empty message: say what works, then carry on.
      // Crying or sad faces alone (😭😭, 😢💔): asked whether they are all right, with where to
      // call if in danger, rather than told to use words (R10-28).
      const attachmentOnly = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(
        say().text(attachmentOnly ? 'attachment' : SAD_FACES.test(text) ? 'sadEmoji' : 'empty'),
      );
      if (dc.activeDialog) await dc.repromptDialog();
      else await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
      return;
    }
    if (looksLikeAction(text) && !parseAction(text)) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN_DIALOG, { notice: 'unknownAction' } satisfies MainOptions);
      return;
    }
    await this.offerLanguage(context, text);
    if (await this.deps.interrupts.handle(dc, text)) return;

    // Dialogs read the cleaned text.
    context.activity.text = text;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(MAIN_DIALOG, { text } satisfies MainOptions);
    }
  }
}
