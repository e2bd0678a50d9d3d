import { createHarness } from './test/helpers/harness';
(async () => {
  const h = createHarness({ now: '2026-11-24T10:00:00+09:00', locale: 'en' });
  let t = await h.say('hello'); console.log('---', t.text, t.buttons);
  t = await h.say('Can I get a residence certificate at a convenience store?'); console.log('---', t.topic, t.text, t.buttons);
  t = await h.tap(t, 'Yes'); console.log('---', t.text, t.buttons, t.contacts.map(c=>[c.name,c.statusText]));
  t = await h.tap(t, 'Helpful'); console.log('---', t.text, t.buttons);
  t = await h.say('cooling off'); console.log('---', t.text, t.buttons);
  t = await h.tap(t, 'Door'); console.log('---', t.text, t.buttons);
  t = await h.say('11/20'); console.log('---', t.text, t.buttons);
  t = await h.say('someone is breaking into my house'); console.log('---', t.topic, t.text);
  t = await h.say('talk to a person'); console.log('---', t.text, t.contacts.map(c=>[c.name,c.phone,c.statusText]));
})().catch(e => { console.error(e); process.exit(1); });
