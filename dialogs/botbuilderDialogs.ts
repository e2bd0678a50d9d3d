/**
 * The parts of botbuilder-dialogs the bot uses at run time, each from its own file. The package's
 * index also loads every prompt, and with them Microsoft's recognizers-text suite (numbers, dates
 * and choices in many languages, about 200 modules) that this bot never calls: about 0.4 s of the
 * time to /readyz. The version is pinned; test/bot/botbuilderDialogs.test.ts checks that these are
 * the index's own classes, so an upgrade that moves a file fails there, not in production.
 * Type-only imports may keep using 'botbuilder-dialogs': they are erased.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogContainer } from 'botbuilder-dialogs/lib/dialogContainer';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
