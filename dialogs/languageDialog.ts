import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { LANGUAGE_NAMES } from '../knowledge/languages';
import type { Locale } from '../knowledge/types';
import { action, parseAction } from './actions';
import { LANGUAGE_DIALOG } from './ids';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';
import { getTurnInfo, setTurnInfo } from './turn';

export { LANGUAGE_DIALOG };

/** Where an explicit language choice is remembered (user state). */
export interface LanguageMemory {
  remember(context: TurnContext, locale: Locale): Promise<void>;
}

/** Switches the language for this turn and every later one, and says so in the new language. */
export async function switchLanguage(
  context: TurnContext,
  memory: LanguageMemory,
  locale: Locale,
): Promise<void> {
  await memory.remember(context, locale);
  setTurnInfo(context, { ...getTurnInfo(context), locale });
}

/** The language menu: every locale that has resources, each named in itself. */
export class LanguageDialog extends TopicDialog {
  constructor(
    deps: DialogDeps,
    private readonly available: readonly Locale[],
    private readonly memory: LanguageMemory,
  ) {
    super(LANGUAGE_DIALOG, deps);
    this.flow(
      (s) => this.pick(s),
      (s) => this.apply(s),
    );
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, {
      prompt: 'language.prompt',
      choices: this.available.map((l) => ({
        value: action.lang(l),
        label: LANGUAGE_NAMES[l],
        literal: true,
      })),
      mode: 'closed',
    });
  }

  private async apply(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const parsed = parseAction(choice.value);
    if (parsed?.kind !== 'lang' || !this.available.includes(parsed.locale)) return step.endDialog({});
    await switchLanguage(step.context, this.memory, parsed.locale);
    await this.send(step, [this.say(step).text('language.changed')]);
    return step.endDialog({});
  }
}
