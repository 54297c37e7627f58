/**
 * The learner from a launch URL's `actor` parameter: an xAPI Agent (xAPI 1.0.3 Data §2.4.2.1),
 * or the legacy TinCan 0.9 form the Rustici launch document shows, where every value is an
 * array (`{"mbox":["mailto:a@b"],"name":["A"]}`) and an account is
 * `{"account":[{"accountServiceHomePage":…,"accountName":…}]}`. LMSs still send both.
 * @packageDocumentation
 */
import type { Agent } from './statement.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The legacy form wraps each value in an array: take its first item. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown): string | undefined => {
  const item = first(value);
  return typeof item === 'string' && item.trim() !== '' ? item.trim() : undefined;
};

function account(value: unknown): { homePage: string; name: string } | undefined {
  const item = first(value);
  if (!isObject(item)) return undefined;
  const homePage = text(item.homePage) ?? text(item.accountServiceHomePage);
  const name = text(item.name) ?? text(item.accountName);
  return homePage && name ? { homePage, name } : undefined;
}

/**
 * The Agent in `value` (already JSON-parsed), or undefined when it names no learner. Exactly
 * one identifier is kept, in the order of xAPI 1.0.3 Data §2.4.2.3's list.
 */
export function agentFromLaunch(value: unknown): Agent | undefined {
  if (!isObject(value)) return undefined;
  const name = text(value.name);
  const named = name ? { name } : {};
  const mbox = text(value.mbox);
  if (mbox) return { objectType: 'Agent', ...named, mbox: mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
  const sha1 = text(value.mbox_sha1sum);
  if (sha1) return { objectType: 'Agent', ...named, mbox_sha1sum: sha1 };
  const openid = text(value.openid);
  if (openid) return { objectType: 'Agent', ...named, openid };
  const acc = account(value.account);
  if (acc) return { objectType: 'Agent', ...named, account: acc };
  return undefined;
}

/** A stable text key for an agent (storage keys), built from its identifier only. */
export function agentKey(agent: Agent): string {
  if ('mbox' in agent) return agent.mbox;
  if ('mbox_sha1sum' in agent) return `sha1:${agent.mbox_sha1sum}`;
  if ('openid' in agent) return agent.openid;
  return `${agent.account.homePage}|${agent.account.name}`;
}
