/**
 * `startTestLrs()`: a real LRS for tests and the preview. Learning Locker's statements service
 * runs as its own process (statements-service.ts); the gateway (lrs-gateway.ts) in front of it is
 * the course's endpoint and adds the TEST document store (State API, agent profiles), the cmi5
 * fetch URLs and the fault injector. Tests read statements back from the statements service
 * directly with `@xapi/xapi`, past the faults.
 * @packageDocumentation
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import XAPI, { type Agent, type Statement, type StatementsResponse } from '@xapi/xapi';
import { Cmi5FetchUrls } from './cmi5-fetch.ts';
import { CMI5, VERB, type LaunchMode, type MoveOn } from './cmi5-vocabulary.ts';
import { agentKey, profileKey, stateKey, TestDocumentStore } from './document-store.ts';
import { FaultInjector } from './faults.ts';
import { cmi5LaunchUrl, xapiLaunchUrl, type XapiLaunch } from './launch-urls.ts';
import { startLrsGateway, type GatewayRequest } from './lrs-gateway.ts';
import { startStatementsService } from './statements-service.ts';

/** The resume state document (one per registration), as the trackers write it. */
export const LEARNER_STATE_ID = 'lmspack.learner-state';

/** A learner as an LMS identifies them: an account, as cmi5 §9.2 requires. */
export function testLearner(name = 'Ada Learner', id = 'ada'): Agent {
  return { objectType: 'Agent', name, account: { homePage: 'https://lms.example.org', name: id } };
}

export interface Cmi5LaunchOptions {
  /** The package's launch page, e.g. `http://127.0.0.1:P/package/cmi5/index.html`. */
  packageUrl: string;
  /** The AU id from cmi5.xml (the publisher id). */
  auId: string;
  actor?: Agent;
  registration?: string;
  launchMode?: LaunchMode;
  moveOn?: MoveOn;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
  /** cmi5LearnerPreferences.languagePreference (cmi5 spec §11). */
  languagePreference?: string;
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  actor: Agent;
  /** The activityId the LMS generated for the AU (cmi5 spec §8.1.5: not the publisher id). */
  activityId: string;
  sessionId: string;
  fetchId: string;
  launchedStatementId: string;
}

export interface TestLrs {
  /** The course's xAPI endpoint (the gateway), ending in `/`. */
  endpoint: string;
  /** `Basic …` of the LRS's basic-auth client. */
  auth: string;
  faults: FaultInjector;
  store: TestDocumentStore;
  /** Every request the course made, in arrival order. */
  requests(): GatewayRequest[];
  /** An `@xapi/xapi` client of the statements service itself (no gateway, no faults). */
  client: XAPI;
  /** Every stored statement of a registration, oldest first (all pages). */
  statements(registration: string): Promise<Statement[]>;
  xapiLaunchUrl(packageUrl: string, launch: Omit<XapiLaunch, 'endpoint' | 'auth'>): string;
  /** Prepares a cmi5 launch as an LMS does: LaunchData, learner preferences, a fetch URL, the `launched` statement. */
  prepareCmi5Launch(options: Cmi5LaunchOptions): Promise<Cmi5Launch>;
  /** Expires every cmi5 token handed out so far: their requests get 401. */
  expireCmi5Tokens(): void;
  /** The resume state document of a registration, if any. */
  learnerState(activityId: string, actor: Agent, registration: string): unknown;
  /** What the statements service logged on stderr (for failure messages). */
  serviceErrors(): string;
  close(): Promise<void>;
}

/** The cmi5 activityId the test LMS generates for an AU: stable per AU, never the publisher id. */
export function lmsActivityId(auId: string): string {
  return `https://lms.example.org/cmi5/au/${createHash('sha1').update(auId).digest('hex').slice(0, 16)}`;
}

export async function startTestLrs(): Promise<TestLrs> {
  const store = new TestDocumentStore();
  const fetchUrls = new Cmi5FetchUrls();
  const faults = new FaultInjector();
  const auth = `Basic ${Buffer.from(`lmspack-test:${randomBytes(12).toString('hex')}`).toString('base64')}`;
  const clientRecord = {
    _id: '5f0000000000000000000001',
    title: 'lmspack test client',
    authority: { objectType: 'Agent', name: 'lmspack test LMS', mbox: 'mailto:lms@example.org' },
    isTrusted: true,
    lrs_id: '5f0000000000000000000002',
    organisation: '5f0000000000000000000003',
    scopes: ['all'],
  };
  const gateway = await startLrsGateway({ store, fetchUrls, faults, clientAuthorization: auth, clientRecord });
  let service;
  try {
    service = await startStatementsService(`${gateway.origin}/lrs-client`);
  } catch (error) {
    await gateway.close();
    throw error;
  }
  gateway.setUpstream(service.origin);
  const endpoint = `${gateway.origin}/xAPI/`;
  const client = new XAPI({ endpoint: service.endpoint, auth });

  async function statements(registration: string): Promise<Statement[]> {
    const all: Statement[] = [];
    let page = (await client.getStatements({ registration, ascending: true, limit: 100 })).data;
    all.push(...page.statements);
    while (page.more) {
      page = (await client.getMoreStatements({ more: page.more })).data as StatementsResponse;
      all.push(...page.statements);
    }
    return all;
  }

  async function prepareCmi5Launch(options: Cmi5LaunchOptions): Promise<Cmi5Launch> {
    const actor = options.actor ?? testLearner();
    const registration = options.registration ?? randomUUID();
    const activityId = lmsActivityId(options.auId);
    const sessionId = randomUUID();
    const agent = agentKey(JSON.stringify(actor))!;
    const launchMode = options.launchMode ?? 'Normal';
    const moveOn = options.moveOn ?? 'CompletedAndPassed';
    // cmi5 spec §10.2.1: the context every AU statement starts from, with the session id and the publisher id.
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity' as const, id: options.auId }] },
      extensions: { [CMI5.sessionId]: sessionId },
    };
    store.put(stateKey(activityId, agent, registration, CMI5.launchDataStateId), {
      contextTemplate,
      launchMode,
      moveOn,
      ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      ...(options.returnURL ? { returnURL: options.returnURL } : {}),
      ...(options.launchParameters ? { launchParameters: options.launchParameters } : {}),
    });
    if (options.languagePreference) store.put(profileKey(agent, CMI5.preferencesProfileId), { languagePreference: options.languagePreference, audioPreference: 'on' });
    const fetch = fetchUrls.create();
    const url = cmi5LaunchUrl(options.packageUrl, { endpoint, fetch: `${gateway.origin}/cmi5/fetch/${fetch.id}`, actor, registration, activityId });
    // cmi5 spec §9.3.1: the LMS records `launched` before the AU starts.
    const launchedStatementId = randomUUID();
    await client.sendStatement({
      statement: {
        id: launchedStatementId,
        timestamp: new Date().toISOString(),
        actor,
        verb: { id: VERB('launched'), display: { 'en-US': 'Launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: {
          registration,
          contextActivities: { grouping: contextTemplate.contextActivities.grouping, category: [{ objectType: 'Activity', id: CMI5.category }] },
          extensions: {
            [CMI5.sessionId]: sessionId,
            [CMI5.launchMode]: launchMode,
            [CMI5.launchUrl]: options.packageUrl,
            [CMI5.moveOn]: moveOn,
            ...(options.launchParameters ? { [CMI5.launchParameters]: options.launchParameters } : {}),
          },
        },
      },
    });
    return { url, registration, actor, activityId, sessionId, fetchId: fetch.id, launchedStatementId };
  }

  return {
    endpoint,
    auth,
    faults,
    store,
    requests: gateway.requests,
    client,
    statements,
    xapiLaunchUrl: (packageUrl, launch) => xapiLaunchUrl(packageUrl, { ...launch, endpoint, auth }),
    prepareCmi5Launch,
    expireCmi5Tokens: () => void fetchUrls.expireAll(),
    learnerState: (activityId, actor, registration) => store.stateJson(activityId, actor, registration, LEARNER_STATE_ID),
    serviceErrors: service.errors,
    async close() {
      await service.stop();
      await gateway.close();
    },
  };
}
