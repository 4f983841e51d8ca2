import type { MatchEvidence } from '../../../common/dto';

/** What the user's contact list says about a person. */
export interface ContactFacts {
  name: string;
  company?: string | null;
  position?: string | null;
  email?: string | null;
  /** Their LinkedIn page, as the export states it ("linkedin.com/in/jose-alvarez"). */
  profileUrl?: string | null;
  location?: string | null;
}

/** What an account's profile says about whoever holds it. */
export interface AccountFacts {
  id: number;
  network: string;
  handle?: string | null;
  name?: string | null;
  bio?: string | null;
  location?: string | null;
  url?: string | null;
}

export interface MatchScore {
  /** 0–1, from MATCH_FORMULA_TEXT. */
  confidence: number;
  /** For first, then against. */
  evidence: MatchEvidence[];
}

export type { MatchEvidence };
