import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { ActivityHandler } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import { resolveLocale } from '../knowledge/routing/language';
import { cleanIncoming, hasWords } from '../knowledge/routing/text';
import type { Locale } from '../knowledge/types';
import { looksLikeAction, parseAction } from '../dialogs/actions';
import { MAIN_DIALOG } from '../dialogs/ids';
import type { Interrupts } from '../dialogs/interrupts';
import type { LanguageMemory } from '../dialogs/languageDialog';
import type { MainDialog, MainOptions } from '../dialogs/mainDialog';
import type { Presenter } from '../dialogs/presenter';
import type { ConversationInfo, UserProfile } from '../dialogs/turn';
import { getTurnInfo, setTurnInfo } from '../dialogs/turn';
import type { Logger } from './logger';
import type { IdHasher } from './privacy';

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

  constructor(private readonly deps: CitizenBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.conversationInfo = deps.conversationState.createProperty<ConversationInfo>('info');
    this.profile = deps.userState.createProperty<UserProfile>('profile');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.mainDialog);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

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

  async remember(context: TurnContext, locale: Locale): Promise<void> {
    const profile = await this.profile.get(context, {});
    profile.locale = locale;
    await this.profile.set(context, profile);
  }

  override async run(context: TurnContext): Promise<void> {
    const started = Date.now();
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
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
    setTurnInfo(context, { locale, channel: context.activity.channelId ?? 'unknown' });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = cleanIncoming(context.activity.text);
    // A button code (opt:yes) says nothing about the resident's language.
    await this.prepareTurn(context, looksLikeAction(text) ? '' : text);
    const dc = await this.dialogs.createContext(context);
    const say = () => this.deps.presenter.for(context);

    if (!hasWords(text) && !/^[?？]$/.test(text)) {
      // A photo, a sticker, emoji or an empty message: say what works, then carry on.
      const attachmentOnly = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(say().text(attachmentOnly ? 'attachment' : 'empty'));
      if (dc.activeDialog) await dc.repromptDialog();
      else await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
      return;
    }
    if (looksLikeAction(text) && !parseAction(text)) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN_DIALOG, { notice: 'unknownAction' } satisfies MainOptions);
      return;
    }
    if (await this.deps.interrupts.handle(dc, text)) return;

    // Dialogs read the cleaned text.
    context.activity.text = text;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(MAIN_DIALOG, { text } satisfies MainOptions);
    }
  }
}
