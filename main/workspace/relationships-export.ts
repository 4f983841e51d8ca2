import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../common/errors';
import { RELATIONSHIP_TIE } from '../analysis/tie-strength';
import { TiesRepo, type ExportPerson } from '../db/ties-repo';
import {
  RELATIONSHIP_FILE_FORMAT,
  RELATIONSHIP_FILE_VERSION,
  type RelationshipFile,
} from '../importers/formats/relationships/schema';
import type { OpenWorkspace } from './open-workspace';
import { pathStartTies } from './relationships-ties';

const identity = (p: ExportPerson) => ({
  name: p.name,
  emails: [...p.emails].sort(),
  handles: [...p.handles.values()].map(({ network, handle }) => ({ network, handle })),
  profileUrls: [...p.profileUrls].sort(),
});

/**
 * The user's relationships as a colleague imports them (docs/relationship-file.md): every person
 * with their addresses, handles and LinkedIn pages as match keys and the user's tie to them
 * (0–100: from mail and meetings or the user's own score, else the relationship's). Nothing else:
 * no mail, no subjects, no notes, no facts.
 */
export function relationshipFile(workspace: OpenWorkspace, now = new Date()): RelationshipFile {
  const everyone = new TiesRepo(workspace.db).exportPeople();
  const me = everyone.filter((p) => p.relationship === 'me');
  const people = everyone.filter((p) => p.relationship !== 'me');
  const ties = pathStartTies(
    workspace,
    new Map(people.map((p) => [p.personId, p.relationship])),
    now.getTime(),
  );
  const owner = me[0];
  if (!owner) {
    throw new AppError(
      'BAD_REQUEST',
      'This workspace does not say who you are. Import your own archive or mark your own contact as “You” in People, so the file can say whose relationships it holds.',
    );
  }
  const ownKeys = {
    name: owner.name,
    emails: [...new Set(me.flatMap((p) => [...p.emails]))].sort(),
    handles: me.flatMap((p) => identity(p).handles),
    profileUrls: [...new Set(me.flatMap((p) => [...p.profileUrls]))].sort(),
  };
  const day = now.toISOString().slice(0, 10);
  return {
    format: RELATIONSHIP_FILE_FORMAT,
    version: RELATIONSHIP_FILE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy: ownKeys,
    people: people.map((p) => ({
      ...identity(p),
      tie: Math.round(100 * (ties.get(p.personId)?.strength ?? RELATIONSHIP_TIE[p.relationship])),
      tieAsOf: day,
    })),
  };
}

export interface RelationshipExport {
  /** Where it was written; null when the text is returned for the page to save. */
  path: string | null;
  fileName: string;
  people: number;
  text?: string;
}

/** The file's text (format first, so detection knows it from its opening bytes), for the page to save. */
export function relationshipFileText(workspace: OpenWorkspace, now = new Date()): RelationshipExport {
  const file = relationshipFile(workspace, now);
  return {
    path: null,
    fileName: `${file.exportedBy.name.replace(/[^\p{L}\p{N} _.-]+/gu, '_')} relationships ${now.toISOString().slice(0, 10)}.itrel.json`,
    people: file.people.length,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

/** Writes the file where the user said (readable by them only: it holds people's addresses). */
export function exportRelationships(workspace: OpenWorkspace, outPath: string): RelationshipExport {
  const { text, people } = relationshipFileText(workspace);
  writeFileSync(outPath, text!, { mode: 0o600 });
  return { path: outPath, fileName: basename(outPath), people };
}
