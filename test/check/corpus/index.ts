/** Every package of the corpus. */
import { adaptLike } from './adapt-like.ts';
import type { CorpusCase } from './corpus-case.ts';
import { golfLike } from './golf-like.ts';
import { handwrittenCmi5 } from './handwritten-cmi5.ts';
import { duplicateEntries, externalEntity, hostileUrlForms, symlinkOut, zipSlip } from './hostile.ts';
import { ispringLike } from './ispring-like.ts';
import { riseLike } from './rise-like.ts';
import { storylineLike } from './storyline-like.ts';

/** Packages that reproduce the structure of other tools' exports. */
export const TOOL_EXPORTS: readonly CorpusCase[] = [storylineLike, riseLike, adaptLike, golfLike, ispringLike, handwrittenCmi5];

/** Packages a hostile author or attacker makes. */
export const HOSTILE: readonly CorpusCase[] = [hostileUrlForms, duplicateEntries, symlinkOut, zipSlip, externalEntity];

export const CORPUS: readonly CorpusCase[] = [...TOOL_EXPORTS, ...HOSTILE];
