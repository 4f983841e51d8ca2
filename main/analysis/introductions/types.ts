import type { AccountBrief, PersonFacts, ReferralPathDto } from '../../../common/dto';

/** Everything a draft may state: nothing outside this reaches the text. */
export interface IntroductionInput {
  path: ReferralPathDto;
  prospect: AccountBrief;
  /** The user's own name (the person marked "me"); null leaves "[your name]". */
  senderName: string | null;
  /** What the user keeps about the person the path starts from; null on the user's own path. */
  startFacts: PersonFacts | null;
  /** "Customer since" is still LinkedIn's Connected On date: the user has not set it. */
  sinceIsConnectedOn?: boolean;
  /** The prospect's most used hashtags and sites, with how many of their posts use them. */
  topics: { label: string; posts: number }[];
  /** The imports that hold each follow on the path, by file name. */
  followFiles: { followerId: number; followeeId: number; files: string[] }[];
}
