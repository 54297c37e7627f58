/**
 * What scorm-again, the LMS of the end-to-end tests, does with the interaction records of an
 * ordering question at and past 36 items: the fact the build's LMS024 rests on
 * (build-scripts/course/option-limits.ts). SCORM 2004 LMSs must accept 36 ids in a response
 * (SCORM 2004 4th RTE §4.2.9.1 "SPM: 36"); scorm-again accepts no 37th. SCORM 1.2 stores the
 * 37 ids (scorm-again does not check 1.2 formats) as the tracker cuts them, at 255 characters.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../format/validated-course.ts';
import { scorm12Interaction, scorm12InteractionElements, scorm2004Interaction, scorm2004InteractionElements, type InteractionInput } from '../../tracking/scorm/interaction-record.ts';

function ordering(count: number): InteractionInput {
  const items = Array.from({ length: count }, (_, i) => ({ id: `step-number-${String(i + 1).padStart(2, '0')}`, text: `Step ${i + 1}` }));
  const question: Question = { id: 'steps', type: 'ordering', prompt: 'Put the steps in order.', explanation: 'In this order.', weight: 1, items };
  return { question, response: { type: 'ordering', order: items.map((item) => item.id) }, correct: true, latencyMs: 1000, at: Date.UTC(2024, 4, 1, 10), utc: true };
}

/** Each element the LMS refused, with its error code. */
function refused(set: (element: string, value: string) => string, lastError: () => string, elements: [string, string][]): string[] {
  return elements.flatMap(([element, value]) => (set(element, value) === 'true' ? [] : [`${element} ${lastError()}`]));
}

describe('scorm-again and a question of many items', () => {
  test('2004: 36 ids in a response are stored, a 37th is refused with 351', () => {
    const run = (count: number) => {
      const api = new Scorm2004API({ logLevel: 5 });
      api.Initialize('');
      const record = scorm2004Interaction(ordering(count));
      return refused((e, v) => api.SetValue(e, v), () => String(api.GetLastError()), scorm2004InteractionElements(0, record));
    };
    expect(run(36)).toEqual([]);
    expect(run(37)).toEqual(['cmi.interactions.0.correct_responses.0.pattern 351', 'cmi.interactions.0.learner_response 351']);
  });

  test('1.2: 37 ids are sent by id and cut at 255 characters, which scorm-again stores as cut', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    const record = scorm12Interaction(ordering(37));
    expect(refused((e, v) => api.LMSSetValue(e, v), () => String(api.LMSGetLastError()), scorm12InteractionElements(0, record))).toEqual([]);
    // 17 ids of 14 characters, each with its comma: 17 × 15 = 255; the other 20 are lost.
    expect(record.studentResponse).toBe(`${Array.from({ length: 17 }, (_, i) => `step-number-${String(i + 1).padStart(2, '0')}`).join(',')},`);
    expect(record.studentResponse).toHaveLength(255);
  });
});
