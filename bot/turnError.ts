import type { ConversationState, TurnContext } from 'botbuilder';
import { TurnContext as Turn } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Presenter } from '../dialogs/presenter';
import { getTurnInfo, hasTurnInfo } from '../dialogs/turn';
import { localeFromChannel } from '../knowledge/routing/language';
import { ALL_LOCALES } from '../knowledge/types';
import type { Logger } from './logger';
import type { IdHasher } from './privacy';

/**
 * The one place a failed turn ends up. It apologises in the resident's language straight through
 * the adapter (the context's send pipeline may be what failed), logs the dialog stack, and clears
 * the conversation state so the next message starts clean instead of failing the same way.
 */
export function createTurnErrorHandler(deps: {
  conversationState: ConversationState;
  presenter: Presenter;
  logger: Logger;
  hasher: IdHasher;
}): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const info = getTurnInfo(context);
    // Failed before the language was resolved (state store down): the channel's language, if any.
    const locale = hasTurnInfo(context)
      ? info.locale
      : (localeFromChannel(context.activity.locale, ALL_LOCALES) ?? info.locale);
    // Read the state already loaded for this turn: no storage round trip that could fail too.
    const cached = deps.conversationState.get(context) as { dialogState?: DialogState } | undefined;
    const dialogStack = cached?.dialogState?.dialogStack?.map((d) => d.id) ?? [];
    deps.logger.error(
      {
        err: { name: error.name, message: error.message, stack: error.stack },
        dialogStack,
        locale,
        channel: info.channel,
        conversation: deps.hasher.hash(context.activity.conversation?.id),
      },
      'turn failed',
    );
    try {
      const apology = deps.presenter.forLocale(locale).text('errorTurn');
      const reference = Turn.getConversationReference(context.activity);
      await context.adapter.sendActivities(context, [
        Turn.applyConversationReference({ ...apology }, reference),
      ]);
    } catch (sendError) {
      deps.logger.error({ err: { message: (sendError as Error).message } }, 'could not send the apology');
    }
    try {
      await deps.conversationState.delete(context);
    } catch (stateError) {
      deps.logger.error(
        { err: { message: (stateError as Error).message } },
        'could not clear the conversation state',
      );
    }
  };
}
