/**
 * The xAPI tracker (`-xapi.zip`, launched through tincan.xml): reads the Rustici launch
 * parameters (`tracking/xapi/launch-params.ts`) and reports to the LRS they name as
 * `tracking/xapi/lrs-tracker.ts` describes, judging attempts by the course's passing score.
 * Without an `endpoint` in the launch URL (opened outside an LMS) it runs standalone.
 * @packageDocumentation
 */
import { courseActivityIri } from '../format/package-ids.ts';
import type { TrackerFactory } from './tracker.ts';
import { courseActivity } from './xapi/course-activity.ts';
import { readXapiLaunch, type LaunchReading, type XapiLaunch } from './xapi/launch-params.ts';
import { LrsTracker, type LrsSetup } from './xapi/lrs-tracker.ts';
import { XAPI_RULES } from './xapi/outcome-rules.ts';

/** Reports to the LRS of a tincan.xml launch. */
export class XapiTracker extends LrsTracker<XapiLaunch> {
  protected readLaunch(): LaunchReading<XapiLaunch> {
    return readXapiLaunch(this.search, courseActivityIri(this.options.course.settings.iri));
  }

  protected async setUp(launch: XapiLaunch): Promise<LrsSetup> {
    const { settings } = this.options.course;
    const learnerName = launch.actor.name;
    return {
      standard: 'xapi',
      connection: { endpoint: launch.endpoint, auth: launch.auth, fetch: this.fetcher },
      launch,
      scope: {
        actor: launch.actor,
        ...(launch.registration ? { registration: launch.registration } : {}),
        course: courseActivity(launch.activityId, this.options.course),
        courseIri: settings.iri,
        language: settings.language,
        template: {},
        newId: this.newId,
      },
      rules: XAPI_RULES,
      session: { standalone: false, mode: 'normal', credit: true, ...(learnerName ? { learnerName } : {}) },
    };
  }
}

export const createTracker: TrackerFactory = (options) => new XapiTracker(options);
