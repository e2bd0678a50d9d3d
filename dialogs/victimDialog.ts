import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { action } from './actions';
import { VICTIM_DIALOG } from './ids';
import type { Reply } from './presenter';
import type { DialogDeps, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { VICTIM_DIALOG };

const CHOICES = ['support', 'cityDesk', 'police', 'centre', 'stop'] as const;

/**
 * Crime-victim support, trauma-aware: it never asks what happened, offers what exists, and can be
 * left at any moment. It asks no "was this helpful?" either: rating is not what this moment needs.
 */
export class VictimDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(VICTIM_DIALOG, deps);
    this.flow(
      (s) => this.offer(s),
      (s) => this.answer(s),
    );
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as { intent?: string; again?: boolean };
    if (options.intent && (CHOICES as readonly string[]).includes(options.intent))
      return step.next(options.intent);
    return this.ask(step, {
      prompt: options.again ? 'victim:more' : 'victim:intro',
      choices: CHOICES.map((c) => ({ value: action.opt(c), label: `victim:choice.${c}` })),
      mode: 'closed',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const say = this.say(step);
    if (choice.value === 'stop') {
      await this.send(step, [say.text('victim:stopped')]);
      return step.endDialog({ stopped: true } satisfies TopicResult);
    }
    const replies: Record<string, Reply[]> = {
      support: [say.text('victim:support'), say.page('victim-support')],
      cityDesk: [say.text('victim:cityDesk'), say.contacts(['victimDesk'])],
      police: [say.text('victim:police'), say.contacts(['police110', 'police9110'])],
      centre: [say.text('victim:centre'), say.contacts(['advocacyCentre'])],
    };
    await this.send(step, replies[choice.value] ?? replies.support!);
    return step.replaceDialog(this.initialDialogId, { again: true });
  }
}
