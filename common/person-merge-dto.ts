import type { PersonFacts, Relationship } from './dto';

/** Why two records look like one person. */
export interface DuplicateEvidenceDto {
  kind: 'email' | 'profile' | 'name-company';
  /** In the user's words: "same e-mail jose@acme.com". */
  text: string;
}

/** One record of a possible duplicate, as the review shows it beside the other. */
export interface DuplicatePersonDto {
  id: number;
  displayName: string;
  company: string | null;
  position: string | null;
  email: string | null;
  profileUrl: string | null;
  relationship: Relationship;
  facts: PersonFacts;
  /** Confirmed accounts, as "@handle". */
  accounts: string[];
  /** The imports that name this record. */
  sources: { id: number; fileName: string; format: string; importedAt: string }[];
}

/** People who look like one person: the one suggested to keep (most sources) first. */
export interface DuplicateGroupDto {
  people: DuplicatePersonDto[];
  evidence: DuplicateEvidenceDto[];
}

/** A merge that can be undone. */
export interface PersonMergeDto {
  id: number;
  keptId: number;
  keptName: string;
  otherId: number;
  otherName: string;
  mergedAt: string;
}
