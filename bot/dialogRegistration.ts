/**
 * botbuilder-dialogs (4.23) builds a new DialogsComponentRegistration in every DialogStateManager,
 * that is in every DialogContext: each waterfall step and each component dialog level, about ten
 * a turn here. Each builds a ServiceCollection with its dependency graph and registers the dialog
 * memory scopes' factories in it, then hands it to ComponentRegistration.add, which keeps one per
 * class name and drops the one before. Nothing else ever reads those instances: the memory scopes
 * are made from the one kept, once a turn, and made anew each time (ServiceCollection.makeInstance
 * rebuilds the key it is asked for), so one shared registration behaves as the many did.
 *
 * Measured before this: about an eighth of what a turn allocates (30 of 258 KB), and the scavenges
 * that garbage costs under load (bench:directline). This makes `new DialogsComponentRegistration()`
 * answer one shared, genuine instance. The module is botbuilder-dialogs' own CommonJS export, read
 * by DialogStateManager at each construction, so replacing the export is all it takes; a package
 * that no longer has it is left alone.
 */
type RegistrationClass = new () => object;

let installed = false;

export function shareDialogsComponentRegistration(): void {
  if (installed) return;
  installed = true;
  // The CommonJS exports object itself (an ES import would give a copy in the bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require('botbuilder-dialogs/lib/dialogsComponentRegistration') as {
    DialogsComponentRegistration?: RegistrationClass;
  };
  const original = exports.DialogsComponentRegistration;
  if (typeof original !== 'function') return;
  const Original: RegistrationClass = original;
  let shared: object | undefined;
  // A constructor that returns an object makes `new` give that object: the one instance, of the
  // original class (ComponentRegistration files it under the original class name, as before).
  function Shared(): object {
    shared ??= new Original();
    return shared;
  }
  Shared.prototype = Original.prototype as object;
  exports.DialogsComponentRegistration = Shared as unknown as RegistrationClass;
}
