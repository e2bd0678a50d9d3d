import { shareDialogsComponentRegistration } from './dialogRegistration';
import type { Server } from 'node:http';
import { messagingApi } from '@line/bot-sdk';
import type { Storage } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { CertificateDialog } from '../dialogs/certificateDialog';
import { ConsumerDialog } from '../dialogs/consumerDialog';
import { CoolingOffDialog } from '../dialogs/coolingOffDialog';
import { HandoffDialog } from '../dialogs/handoffDialog';
import { HealthDialog } from '../dialogs/healthDialog';
import { Interrupts } from '../dialogs/interrupts';
import { JobsDialog } from '../dialogs/jobsDialog';
import { LanguageDialog } from '../dialogs/languageDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { MulticulturalDialog } from '../dialogs/multiculturalDialog';
import { Presenter } from '../dialogs/presenter';
import { SafetyDialog } from '../dialogs/safetyDialog';
import { ScamCheckDialog } from '../dialogs/scamCheckDialog';
import type { DialogDeps } from '../dialogs/topicDialog';
import { VictimDialog } from '../dialogs/victimDialog';
import { Formatter } from '../knowledge/format';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { CommandRecognizer } from '../knowledge/routing/commands';
import { EmergencyDetector } from '../knowledge/routing/emergency';
import { FollowUps } from '../knowledge/routing/followUps';
import { QuestionWords } from '../knowledge/routing/questionWords';
import { CombinedRouter } from '../knowledge/routing/combinedRouter';
import { KeywordRouter } from '../knowledge/routing/keywordRouter';
import { RetrievalRouter } from '../knowledge/routing/retrievalRouter';
import { LANGUAGE_WARM_UP } from '../knowledge/routing/language';
import type { Router } from '../knowledge/routing/router';
import { availableLocales, createI18n, loadResources } from '../locales';
import { easyJapaneseFor } from '../locales/easy';
import { loadLexicon } from '../simplifier/lexicon';
import { loadRules } from '../simplifier/rewrite';
import { Simplifier } from '../simplifier/simplify';
import type { Tokenizer } from '../simplifier/tokenizer';
import { loadTokenizer, defaultDictionaryPath } from '../simplifier/tokenizer';
import type { InsightsStore } from './analytics';
import { MemoryCounters } from './analytics';
import { IN_BUNDLE, RETRIEVAL_MODEL_FILE } from './bundle';
import { CitizenBot } from './citizenBot';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { Config } from './config';
import { loadConfig } from './config';
import type { Logger } from './logger';
import { createLogger } from './logger';
import { IdHasher } from './privacy';
import { Readiness } from './readiness';
import { InProcessAdapter } from './channels/inProcessAdapter';
import { LineAdapter } from './channels/line/lineAdapter';
import type { DirectLineStore } from './channels/web/conversations';
import { MemoryDirectLineStore } from './channels/web/conversations';
import { RedisDirectLineStore } from './redis/redisDirectLineStore';
import { RedisCounters } from './redis/redisCounters';
import { RedisSessionStore } from './redis/redisSessionStore';
import { RedisLockouts } from './redis/redisLockouts';
import { RedisJournal } from './redis/redisJournal';
import { RedisDeskStore } from './redis/redisDeskStore';
import { RedisDeskBus } from './redis/redisDeskBus';
import { RedisAuditLog } from './redis/redisAuditLog';
import { redisRateLimitStore } from './redis/rateLimitStore';
import { DirectLine } from './channels/web/directLine';
import { TokenIssuer } from './channels/web/tokens';
import { widgetRoutes, widgetStrings } from './channels/web/widgetRoutes';
import type { LineAdapterOptions } from './channels/line/lineAdapter';
import { LineWebhook } from './channels/line/webhook';
import { connectRedis, createRedis } from './redis/connect';
import { RedisStorage } from './redis/redisStorage';
import { RedisTtlSet } from './redis/redisTtlSet';
import { routerSameAsLast, sameAsLast } from './sameAsLast';
import { createServer, keepConnections } from './server';
import { JsonConversationState, JsonMemoryStorage, JsonUserState } from './state';
import type { TtlSet } from './ttlSet';
import { MemoryTtlSet } from './ttlSet';
import type { SimplifierSlot } from './simplifyApi';
import { simplifyRouter } from './simplifyApi';
import { createTurnErrorHandler } from './turnError';
import { HandoffDesk } from './handoff/desk';
import { HandoffHub, noticeRenderer } from './handoff/hub';
import { parseStaffedHours } from './handoff/staffedHours';
import type { StaffAccount } from './staff/accounts';
import { loadAccounts } from './staff/accounts';
import { MemoryAuditLog } from './staff/audit';
import { StaffAuth } from './staff/auth';
import { consoleRoutes } from './staff/consoleRoutes';
import { ScriptAid } from './staff/scriptAid';
import { LINE_CHANNEL_ID } from './channels/line/toActivity';
import { DIRECT_LINE_CHANNEL_ID } from './channels/web/directLine';
import { parseOrigins } from './security';

/** What may be swapped when composing: tests inject a fake clock, a log sink, another storage. */
export interface Overrides {
  /** LINE adapter timing (tests shorten back-off and the loading-animation delay). */
  line?: Partial<Omit<LineAdapterOptions, 'logger' | 'hasher'>>;
  dedupe?: TtlSet;
  clock?: Clock;
  storage?: Storage;
  logger?: Logger;
  router?: Router;
  /** Immutable once loaded: tests share one per file, as they share the router. */
  emergency?: EmergencyDetector;
  counters?: InsightsStore;
  /** Staff accounts instead of STAFF_ACCOUNTS_FILE (tests). */
  staffAccounts?: StaffAccount[];
}

export type Runtime = ReturnType<typeof compose>;

/** The example-based router; the bundle reads the model its build prepared (bot/bundle.ts). */
function retrieval(logger: Logger): RetrievalRouter {
  const started = Date.now();
  const router = RetrievalRouter.load(undefined, {}, IN_BUNDLE ? RETRIEVAL_MODEL_FILE : undefined);
  logger.info({ source: router.source, examples: router.size, ms: Date.now() - started }, 'retrieval model');
  return router;
}

/**
 * The composition root: every part is built here and handed to the parts that use it. Nothing else
 * constructs its own dependencies.
 */
export function compose(config: Config, overrides: Overrides = {}) {
  shareDialogsComponentRegistration();
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const clock = overrides.clock ?? systemClock;
  const readiness = new Readiness();

  const kb = KnowledgeBase.load(config.KNOWLEDGE_DIR || undefined);
  readiness.ready('knowledge');
  const i18n = createI18n();
  const locales = availableLocales();
  const formatter = new Formatter(kb);
  const presenter = new Presenter(i18n, kb, formatter, clock);
  // Hand-written rules first, then the example-based model (knowledge/routing/utterances).
  // A turn routes the same text more than once; an injected router (tests) is asked every time.
  const router =
    overrides.router ?? routerSameAsLast(new CombinedRouter(KeywordRouter.load(), retrieval(logger)));
  const hasher = new IdHasher(config.ID_HASH_SALT);

  // With REDIS_URL every instance is stateless; without it, state stays in this process.
  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, logger, readiness) : null;

  // The counter: staff accounts, and live chat with staff when there is anybody who can log in.
  const accounts = overrides.staffAccounts ?? loadAccounts(config.STAFF_ACCOUNTS_FILE);
  // Shared with REDIS_URL: an admin on any instance sees every instance's staff actions.
  const audit = redis ? new RedisAuditLog(redis, { logger, clock }) : new MemoryAuditLog({ logger, clock });
  const staffHours = parseStaffedHours(config.HANDOFF_HOURS)!;
  const deskBus = redis && accounts.length > 0 ? new RedisDeskBus(redis, { logger }) : null;
  const desk =
    accounts.length > 0
      ? new HandoffDesk({
          clock,
          logger,
          hours: staffHours,
          render: noticeRenderer(presenter, kb),
          maxWaitMs: config.HANDOFF_MAX_WAIT_MINUTES * 60_000,
          onWait: (ms, outcome) => counters.handoffWait(ms, outcome),
          // Shared by every instance: a resident queued on one is seen by consoles on all.
          ...(redis && deskBus ? { store: new RedisDeskStore(redis), bus: deskBus } : {}),
        })
      : null;

  const storage =
    overrides.storage ??
    (redis
      ? new RedisStorage(redis, config.STATE_TTL_DAYS * 24 * 3600_000)
      : new JsonMemoryStorage({
          ttlMs: config.STATE_TTL_DAYS * 24 * 3600_000,
          maxItems: config.MEMORY_STATE_MAX_ITEMS,
        }));
  const dedupe = overrides.dedupe ?? (redis ? new RedisTtlSet(redis) : new MemoryTtlSet());
  const retentionDays = config.ANALYTICS_RETENTION_DAYS;
  const counters: InsightsStore =
    overrides.counters ??
    (redis
      ? new RedisCounters(redis, { clock, logger, retentionDays })
      : new MemoryCounters({ clock, retentionDays }));
  // botbuilder's states, with a cheaper change check (see bot/state.ts).
  const conversationState = new JsonConversationState(storage);
  const userState = new JsonUserState(storage);

  // The bot remembers language choices; the dialogs reach it through this late-bound seam.
  const memory = { remember: (...args: Parameters<CitizenBot['remember']>) => bot.remember(...args) };
  const commands = CommandRecognizer.load();
  commands.recognize = sameAsLast(commands.recognize.bind(commands));
  const questionWords = QuestionWords.load();
  const deps: DialogDeps = {
    presenter,
    kb,
    router,
    clock,
    followUps: FollowUps.load(undefined, questionWords),
    questions: questionWords,
  };
  const mainDialog = new MainDialog(deps, counters, commands, [
    new MulticulturalDialog(deps),
    new ConsumerDialog(
      deps,
      new ScamCheckDialog(deps, new CoolingOffDialog(deps)),
      new CoolingOffDialog(deps),
    ),
    new VictimDialog(deps),
    new CertificateDialog(deps),
    new SafetyDialog(deps),
    new JobsDialog(deps),
    new HealthDialog(deps),
    new HandoffDialog(deps, desk ? new HandoffHub(desk, staffHours, clock) : undefined),
    new LanguageDialog(deps, locales, memory),
  ]);
  const interrupts = new Interrupts(
    overrides.emergency ?? EmergencyDetector.load(),
    commands,
    presenter,
    memory,
    locales,
    router,
    questionWords,
    kb.topic('health').contacts,
  );
  const bot: CitizenBot = new CitizenBot({
    conversationState,
    userState,
    mainDialog,
    interrupts,
    presenter,
    logger,
    hasher,
    locales,
    defaultLocale: config.DEFAULT_LOCALE,
    desk,
  });

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler({ conversationState, presenter, logger, hasher });

  const turnError = adapter.onTurnError;
  let line: { adapter: LineAdapter; webhook: LineWebhook } | null = null;
  if (config.LINE_CHANNEL_SECRET && config.LINE_CHANNEL_ACCESS_TOKEN) {
    const api = new messagingApi.MessagingApiClient({
      channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
      baseURL: config.LINE_API_BASE_URL,
    });
    const lineAdapter = new LineAdapter(api, { logger, hasher, ...overrides.line });
    lineAdapter.onTurnError = turnError;
    line = {
      adapter: lineAdapter,
      webhook: new LineWebhook({
        channelSecret: config.LINE_CHANNEL_SECRET,
        adapter: lineAdapter,
        api,
        bot,
        dedupe,
        storage,
        states: [conversationState, userState],
        logger,
        hasher,
        bodyLimit: config.BODY_LIMIT,
        // With Redis, acknowledged events survive an instance killed mid-answer (see README).
        ...(redis
          ? {
              journal: new RedisJournal(redis, {
                logger,
                aliveMs: config.LINE_TAKEOVER_SECONDS * 1000,
                heartbeatMs: (config.LINE_TAKEOVER_SECONDS * 1000) / 3,
              }),
              recoverEveryMs: (config.LINE_TAKEOVER_SECONDS * 1000) / 2,
            }
          : {}),
      }),
    };
  }

  // The web widget and Web Chat: Direct Line served here, turns run in this process.
  const webAdapter = new InProcessAdapter();
  webAdapter.onTurnError = turnError;
  const webOrigins = parseOrigins(config.WEB_ORIGINS);
  const directLineStore: DirectLineStore & { close?: () => Promise<void> } = redis
    ? new RedisDirectLineStore(redis, { logger })
    : new MemoryDirectLineStore();
  const directLine = new DirectLine({
    store: directLineStore,
    ...(redis ? { rateLimitStore: redisRateLimitStore(redis) } : {}),
    tokens: new TokenIssuer(config.DIRECTLINE_SECRET),
    adapter: webAdapter,
    bot,
    logger,
    hasher,
    bodyLimit: config.BODY_LIMIT,
    messagesPerMinute: config.DIRECTLINE_MESSAGES_PER_MINUTE,
    conversationsPerMinute: config.DIRECTLINE_CONVERSATIONS_PER_MINUTE,
    webOrigins,
  });

  // Staff words reach residents outside a turn: a LINE push (with a retry key), a Direct Line append.
  if (desk && line) {
    const lineAdapter = line.adapter;
    desk.channel(LINE_CHANNEL_ID, (reference, activities) =>
      lineAdapter.continueConversation(reference, async (context) => {
        await context.sendActivities(activities);
      }),
    );
  }
  desk?.channel(DIRECT_LINE_CHANNEL_ID, (reference, activities) =>
    directLine.deliver(reference.conversation?.id ?? '', activities),
  );

  const simplifier: SimplifierSlot = { current: null };
  const staffAuth = new StaffAuth({
    accounts,
    ...(redis ? { sessions: new RedisSessionStore(redis), lockouts: new RedisLockouts(redis) } : {}),
    audit,
    logger,
    clock,
    idleMinutes: config.STAFF_SESSION_IDLE_MINUTES,
    maxFailures: config.STAFF_LOCKOUT_FAILURES,
    lockMinutes: config.STAFF_LOCKOUT_MINUTES,
  });
  const app = createServer({
    adapter,
    bot,
    readiness,
    logger,
    bodyLimit: config.BODY_LIMIT,
    webOrigins,
    routes: [
      directLine.router(),
      widgetRoutes(locales, (locale) => widgetStrings(i18n, locale)),
      ...(line ? [line.webhook.router()] : []),
      simplifyRouter(simplifier, { token: config.SIMPLIFY_API_TOKEN, staff: staffAuth }),
      consoleRoutes({
        auth: staffAuth,
        audit,
        scriptAid: ScriptAid.load(presenter, kb),
        desk,
        counters,
        simplifier,
        locales,
        logger,
        publicUrl: config.PUBLIC_URL,
        lineFriendUrl: config.LINE_FRIEND_URL,
      }),
    ],
  });

  return {
    config,
    logger,
    clock,
    readiness,
    kb,
    i18n,
    locales,
    presenter,
    router,
    counters,
    storage,
    conversationState,
    userState,
    bot,
    adapter,
    app,
    simplifier,
    line,
    directLine,
    directLineStore,
    redis,
    desk,
    deskBus,
    audit,
    staffAuth,
  };
}

/**
 * Loads the tokenizer, builds the simplifier on it and derives easy Japanese from the Japanese
 * locale (reviewed strings win). Until this is done the bot answers with the reviewed ja-easy
 * strings and /readyz says "starting".
 */
export async function loadSharedTokenizer(
  runtime: Runtime,
  loading: Promise<Tokenizer> = loadTokenizer(runtime.config.TOKENIZER_DICT || defaultDictionaryPath()),
): Promise<void> {
  runtime.readiness.expect('tokenizer');
  runtime.readiness.expect('easyJapanese');
  const started = Date.now();
  let tokenizer: Tokenizer;
  try {
    tokenizer = await loading;
    runtime.readiness.ready('tokenizer');
    runtime.logger.info({ ms: Date.now() - started }, 'tokenizer loaded');
  } catch (err) {
    runtime.readiness.failed('tokenizer', (err as Error).message);
    runtime.logger.error({ err: { message: (err as Error).message } }, 'tokenizer failed to load');
    return;
  }
  try {
    // Rules and lexicon are checked here: a broken file fails easy Japanese, not the tokenizer.
    const simplifier = new Simplifier(tokenizer, loadRules(), loadLexicon());
    const build = easyJapaneseFor(simplifier, loadResources());
    for (const [ns, bundle] of Object.entries(build.bundles)) {
      runtime.i18n.addResourceBundle('ja-easy', ns, bundle, true, true);
    }
    runtime.simplifier.current = simplifier;
    runtime.readiness.ready('easyJapanese');
    runtime.logger.info(
      {
        reviewed: build.reviewed,
        generated: build.generated,
        failed: build.failed,
        ms: Date.now() - started,
        // Since the process started: the start-up figure an operator compares between releases.
        uptimeMs: Math.round(process.uptime() * 1000),
      },
      'easy Japanese ready',
    );
  } catch (err) {
    runtime.readiness.failed('easyJapanese', (err as Error).message);
    runtime.logger.error({ err: { message: (err as Error).message } }, 'easy Japanese failed to build');
  }
}

/** The pause before each language-model warm-up step, after readiness. */
const WARM_UP_DELAY_MS = 200;

/** How long in-flight work may take after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 20_000;

export interface StartOptions {
  /** The tokenizer, already loading (bot/main.ts starts it before this module is required). */
  tokenizer?: Promise<Tokenizer>;
}

export async function start(
  config: Config = loadConfig(),
  options: StartOptions = {},
): Promise<{ runtime: Runtime; server: Server }> {
  process.env.TZ = config.TZ;
  const runtime = compose(config);
  if (runtime.redis) await connectRedis(runtime.redis, config.REDIS_URL);
  const tokenizer = loadSharedTokenizer(runtime, options.tokenizer);
  const server = await new Promise<Server>((resolve) => {
    const s = runtime.app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  keepConnections(server, config.KEEP_ALIVE_TIMEOUT_MS);
  runtime.directLine.attach(server);
  const stopSweep = runtime.desk?.start();
  const stopRecovery = runtime.line?.webhook.startRecovery();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  runtime.logger.info(
    { host: config.HOST, port, locales: runtime.locales, uptimeMs: Math.round(process.uptime() * 1000) },
    'listening',
  );
  // The language models load once the rest is ready, not on the first resident's message: they
  // only make that first message faster, so start-up does not wait for them. Each loads in its own
  // timer turn, WARM_UP_DELAY_MS after the previous, so the load balancer's first readiness probe
  // and requests are not queued behind 0.3 s of model building.
  void tokenizer.then(() => {
    const steps = [...LANGUAGE_WARM_UP];
    const next = (): void => {
      const step = steps.shift();
      if (step) setTimeout(() => (step(), next()), WARM_UP_DELAY_MS).unref();
    };
    next();
  });

  // SIGTERM (a rolling deploy, a scale-in): /readyz turns unready so the load balancer stops
  // sending, no new connections are taken, in-flight requests finish, and every LINE event already
  // acknowledged with 200 is answered before the process exits — LINE will not send it again.
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'shutting down');
    runtime.readiness.failed('shutdown', `received ${signal}`);
    setTimeout(() => {
      runtime.logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown grace period over: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    runtime.directLine.closeStreams();
    stopSweep?.();
    stopRecovery?.();
    runtime.desk?.close();
    void (async () => {
      await runtime.line?.webhook.idle();
      await closed;
      await runtime.directLineStore.close?.();
      await runtime.deskBus?.close();
      // Counts still being written to Redis are kept.
      if (runtime.counters instanceof RedisCounters) await runtime.counters.flush();
      await runtime.redis?.quit().catch(() => undefined);
      runtime.logger.info({ signal }, 'stopped');
      process.exit(0);
    })();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return { runtime, server };
}
