import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { action } from './actions';
import { VICTIM_DIALOG } from './ids';
import type { InputResult } from './inputs';
import type { Answers, DialogDeps, Menu, TopicResult } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { VICTIM_DIALOG };

const CHOICES = ['support', 'cityDesk', 'police', 'centre', 'stop'] as const;
type Choice = (typeof CHOICES)[number];

const MENU: Menu<Choice> = { choices: CHOICES, ns: 'victim' };

/** After an answer: the menu again ("see other support?"), with the answer just given. */
interface VictimOptions {
  again?: boolean;
  last?: Exclude<Choice, 'stop'>;
}

const ANSWERS: Answers<Exclude<Choice, 'stop'>> = {
  support: (say) => [say.text('victim:support'), say.page('victim-support')],
  cityDesk: (say) => [say.text('victim:cityDesk'), say.contacts(['victimDesk'])],
  police: (say) => [say.text('victim:police'), say.contacts(['police110', 'police9110'])],
  centre: (say) => [say.text('victim:centre'), say.contacts(['advocacyCentre'])],
};

/**
 * Crime-victim support, trauma-aware: it never asks what happened, offers what exists, and can be
 * left at any moment. It asks no "was this helpful?" either: rating is not what this moment needs.
 */
export class VictimDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(VICTIM_DIALOG, deps);
    this.flow(
      (s) => {
        const again = (s.options as VictimOptions | undefined)?.again === true;
        return this.offer(s, again ? { ...MENU, prompt: 'victim:more', followsAnswer: true } : MENU);
      },
      (s) => this.answer(s),
    );
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Once more, or another language, at "see other support?": the answer just given, again.
    const last = (step.options as VictimOptions | undefined)?.last;
    const result = step.result as InputResult | undefined;
    const again = result?.kind === 'choice' && result.value === action.again() && last !== undefined;
    const choice = again ? last : this.chosen(step, CHOICES, 'support');
    if (typeof choice !== 'string') return step.endDialog(choice);
    const say = this.say(step);
    if (choice === 'stop') {
      await this.send(step, [say.text('victim:stopped')]);
      return step.endDialog({ stopped: true } satisfies TopicResult);
    }
    await this.send(step, ANSWERS[choice](say));
    return step.replaceDialog(this.initialDialogId, { again: true, last: choice } satisfies VictimOptions);
  }
}
