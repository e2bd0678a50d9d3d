import fc from 'fast-check';
import { compose } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { hashPassword } from '../../bot/staff/accounts';
import { fakeLineApi, postbackEvent, sign } from '../helpers/fakeLine';
import { listen } from '../helpers/http';

const SECRET = 'hostile-test-secret';
const STAFF_PASSWORD = 'a staff password for the hostile table';

/**
 * Hostile input against every door that takes outside input — Direct Line, the LINE webhook (with
 * a valid signature, so the body really is parsed) and the Bot Framework endpoint: each gets a
 * clear status, the process keeps no trace of it, and a resident talking at the same time is
 * answered as usual.
 */
describe('hostile input', () => {
  let line: Awaited<ReturnType<typeof fakeLineApi>>;
  let server: Awaited<ReturnType<typeof listen>>;
  let runtime: ReturnType<typeof compose>;
  let dl: { conversationId: string; token: string };
  let staff: { cookie: string; csrf: string };

  beforeAll(async () => {
    line = await fakeLineApi();
    runtime = compose(
      loadConfig({
        LOG_LEVEL: 'silent',
        LINE_CHANNEL_SECRET: SECRET,
        LINE_CHANNEL_ACCESS_TOKEN: 'token',
        LINE_API_BASE_URL: line.url,
        DIRECTLINE_MESSAGES_PER_MINUTE: '1000',
      }),
      {
        logger: createLogger('silent'),
        line: { backoffMs: 1, loadingAfterMs: 10_000 },
        staffAccounts: [
          {
            username: 'ito',
            displayName: '伊藤',
            role: 'staff',
            hash: await hashPassword(STAFF_PASSWORD, { N: 1024, r: 8, p: 1 }),
          },
        ],
      },
    );
    server = await listen(runtime.app);
    const login = await fetch(`${server.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ito', password: STAFF_PASSWORD }),
    });
    staff = {
      csrf: ((await login.json()) as { csrf: string }).csrf,
      cookie: login.headers
        .getSetCookie()
        .find((c) => c.startsWith('ym_staff='))!
        .split(';')[0]!,
    };
    const created = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    dl = (await created.json()) as { conversationId: string; token: string };
  });
  afterAll(async () => {
    await server.close();
    await line.close();
  });

  const activities = () => `${server.url}/v3/directline/conversations/${dl.conversationId}/activities`;
  const auth = () => ({ authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' });
  const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const invalidUtf8 = Buffer.concat([
    Buffer.from('{"type":"message","text":"'),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from('"}'),
  ]);
  const pollution =
    '{"type":"message","text":"hi","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

  const directLine: Array<[string, () => Promise<Response>, number[]]> = [
    [
      'malformed JSON',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: '{"type":' }),
      [400],
    ],
    [
      'invalid UTF-8',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: invalidUtf8 }),
      [200, 400],
    ],
    [
      'a 1 MB string',
      () =>
        fetch(activities(), {
          method: 'POST',
          headers: auth(),
          body: JSON.stringify({ type: 'message', text: 'あ'.repeat(1 << 20) }),
        }),
      [413],
    ],
    [
      'JSON nested 5,000 deep',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: deep(5000) }),
      [400],
    ],
    [
      'prototype-pollution keys',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: pollution }),
      [200],
    ],
    [
      'an activity without a type',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: '{"text":"hi"}' }),
      [400],
    ],
    [
      'an array instead of an activity',
      () => fetch(activities(), { method: 'POST', headers: auth(), body: '[1,2,3]' }),
      [400],
    ],
    [
      'a CR/LF in the conversation id (header injection)',
      () =>
        fetch(`${server.url}/v3/directline/conversations/x%0d%0aSet-Cookie:%20a=b/activities`, {
          headers: auth(),
        }),
      [403, 404],
    ],
    [
      'a forged token',
      () =>
        fetch(activities(), {
          method: 'POST',
          headers: { ...auth(), authorization: 'Bearer forged.token' },
          body: '{"type":"message","text":"hi"}',
        }),
      [401, 403],
    ],
  ];

  it.each(directLine)('Direct Line: %s gets a clear status', async (_name, send, statuses) => {
    const res = await send();
    expect(statuses).toContain(res.status);
    expect(res.headers.get('set-cookie')).toBeNull();
    if (res.status >= 400)
      expect(((await res.json()) as { error?: { code?: string } }).error?.code).toBeTruthy();
  });

  it('Direct Line: any JSON body gets 200 or 400, never a server error (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              type: fc.constantFrom('message', 'event', 'typing', 'conversationUpdate'),
              text: fc.string(),
              value: fc.jsonValue(),
            },
            { requiredKeys: ['type'] },
          ),
        ),
        async (body) => {
          const res = await fetch(activities(), {
            method: 'POST',
            headers: auth(),
            body: JSON.stringify(body),
          });
          expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  const webhook = (body: string | Buffer) =>
    fetch(`${server.url}/api/line/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-line-signature': sign(body.toString('utf8'), SECRET),
      },
      body,
    });
  const lineCases: Array<[string, string | Buffer, number[]]> = [
    ['JSON nested 5,000 deep', `{"destination":"U","events":[${deep(5000)}]}`, [200, 400]],
    [
      'prototype-pollution keys in an event',
      `{"destination":"U","events":[{"type":"message","__proto__":{"polluted":"yes"},"source":{"type":"user","userId":"Uhostile"},"message":{"type":"constructor"}}]}`,
      [200],
    ],
    ['events that are not objects', '{"destination":"U","events":[null,1,"x",[]]}', [200]],
    ['no events array', '{"destination":"U"}', [400]],
  ];

  it.each(lineCases)('LINE webhook: %s gets a clear status', async (_name, body, statuses) => {
    const res = await webhook(body);
    expect(statuses).toContain(res.status);
  });

  const staffPost = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: staff.cookie,
        'x-csrf-token': staff.csrf,
        ...headers,
      },
      body,
    });
  const staffCases: Array<[string, () => Promise<Response>, number[]]> = [
    ['workbench: malformed JSON', () => staffPost('/staff/api/workbench', '{"text":'), [400]],
    [
      'workbench: 1 MB',
      () => staffPost('/staff/api/workbench', JSON.stringify({ text: 'あ'.repeat(1 << 20) })),
      [413],
    ],
    ['workbench: JSON nested 5,000 deep', () => staffPost('/staff/api/workbench', deep(5000)), [400]],
    ['workbench: prototype-pollution keys', () => staffPost('/staff/api/workbench', pollution), [400]],
    [
      'workbench: without the CSRF token',
      () => staffPost('/staff/api/workbench', '{"text":"x"}', { 'x-csrf-token': '' }),
      [403],
    ],
    ['hand-off: an unknown case', () => staffPost('/staff/api/handoff/nope/accept', '{}'), [404]],
    [
      'hand-off: a message that is not a string',
      () => staffPost('/staff/api/handoff/nope/message', '{"text":{"$gt":""}}'),
      [400, 404],
    ],
    [
      'login: invalid UTF-8',
      () =>
        fetch(`${server.url}/staff/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: invalidUtf8,
        }),
      [400],
    ],
    [
      'login: 1 MB',
      () =>
        fetch(`${server.url}/staff/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'x'.repeat(1 << 20), password: 'y' }),
        }),
      [413],
    ],
    [
      'script aid: a CR/LF in the id',
      () =>
        fetch(`${server.url}/staff/api/script-aid/x%0d%0aSet-Cookie:%20a=b`, {
          headers: { cookie: staff.cookie },
        }),
      [404],
    ],
  ];

  it.each(staffCases)('Staff console: %s gets a clear status', async (_name, send, statuses) => {
    const res = await send();
    expect(statuses).toContain(res.status);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('Bot Framework endpoint: malformed JSON → 400, 1 MB → 413', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await post('{"type":')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(1 << 20) }))).status).toBe(413);
  });

  it('keeps no trace: nothing polluted, and residents are answered as usual afterwards', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    // Direct Line: the same conversation still works.
    const said = await fetch(activities(), {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ type: 'message', text: 'menu:certificate', from: { id: 'u' }, locale: 'en-US' }),
    });
    expect(said.status).toBe(200);
    const read = (await (await fetch(activities(), { headers: auth() })).json()) as {
      activities: Array<{ text?: string }>;
    };
    expect(read.activities.map((a) => a.text ?? '').join('\n')).toMatch(/certificate/i);
    // LINE: a resident's event is answered.
    line.reset();
    const event = postbackEvent('Uafter', 'menu:consumer');
    expect((await webhook(JSON.stringify({ destination: 'U', events: [event] }))).status).toBe(200);
    await runtime.line!.webhook.idle();
    expect(
      line.calls.filter((c) => c.path === 'reply').map((c) => (c.body as { replyToken: string }).replyToken),
    ).toEqual([event.replyToken]);
  });
});
