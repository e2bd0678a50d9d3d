import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { action } from './actions';
import { MULTICULTURAL_DIALOG } from './ids';
import type { Reply } from './presenter';
import type { DialogDeps } from './topicDialog';
import { TopicDialog } from './topicDialog';

export { MULTICULTURAL_DIALOG };

const CHOICES = ['consult', 'movingIn', 'myNumber', 'oneDay', 'humanRights'] as const;
/** Intents the router finds that have no page of their own. */
const ALIASES: Record<string, (typeof CHOICES)[number]> = { residenceCard: 'consult' };

/** Life information for foreign residents (多文化共生). */
export class MulticulturalDialog extends TopicDialog {
  constructor(deps: DialogDeps) {
    super(MULTICULTURAL_DIALOG, deps);
    this.flow(
      (s) => this.pick(s),
      (s) => this.answer(s),
    );
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intent = this.intent(step);
    const known = intent ? (ALIASES[intent] ?? CHOICES.find((c) => c === intent)) : undefined;
    if (known) return step.next(known);
    return this.ask(step, {
      prompt: 'multicultural:intro',
      choices: CHOICES.map((c) => ({ value: action.opt(c), label: `multicultural:choice.${c}` })),
      mode: 'closed',
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = this.choiceOf(step);
    if ('reroute' in choice) return step.endDialog(choice.reroute);
    const say = this.say(step);
    const replies: Record<string, Reply[]> = {
      consult: [say.text('multicultural:consult'), say.contacts(['ihOsaka', 'ofix'])],
      movingIn: [say.text('multicultural:movingIn'), say.page('moving-in')],
      myNumber: [say.text('multicultural:myNumber'), say.page('my-number-card')],
      oneDay: [say.text('multicultural:oneDay'), say.contacts(['oneDayService'])],
      humanRights: [say.text('multicultural:humanRights'), say.contacts(['mojHumanRights'])],
    };
    await this.send(step, replies[choice.value] ?? replies.consult!);
    return step.endDialog({ answered: 'multicultural' });
  }
}
