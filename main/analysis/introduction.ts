import type { ReferralPathDto } from '../../common/dto';
import { accountLabel } from './explain';

export interface IntroductionDraft {
  /** To the first person on the path, asking for the introduction. */
  toBridge: string;
  /** A short note the bridge can forward to the next person (the prospect, on a one-hop path). */
  forwardable: string;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * Drafts the two messages of an introduction from what was learned: the relationship, the shared
 * connection, and what the prospect talks about. The user edits them before sending.
 */
export function draftIntroduction(
  path: ReferralPathDto,
  prospectName: string,
  focus: string[],
  senderName: string,
): IntroductionDraft {
  const prospect = path.hops.at(-1)!.to;
  const prospectLabel = `${prospectName} (${accountLabel(prospect)})`;
  const firstHop = path.hops[0]!;
  const isSelf = path.start.relationship === 'me';
  const topicsLine = focus.length ? ` I have enjoyed your posts on ${list(focus.slice(0, 3))}.` : '';
  if (isSelf && path.hops.length === 1) {
    // Already connected: no one to ask, so a direct note.
    return {
      toBridge: `Hi ${firstName(prospectName)},\n\nWe are already connected here (${firstHop.evidence}).${topicsLine} Would you be open to a short conversation?\n\nBest,\n${senderName}`,
      forwardable: '',
    };
  }
  // The tie that makes the bridge worth asking: the bridge's own hop towards the prospect.
  const bridgeHop = isSelf ? path.hops[1]! : firstHop;
  const bridge = isSelf ? firstHop.to : path.start.account;
  const bridgeName = isSelf ? (bridge.name ?? accountLabel(bridge)) : path.start.personName;
  const nextAfterBridge = isSelf ? path.hops[1]?.to : firstHop.to;
  const nextLabel =
    nextAfterBridge && nextAfterBridge.id !== prospect.id
      ? (nextAfterBridge.name ?? accountLabel(nextAfterBridge))
      : null;
  const topics = focus.slice(0, 3);
  const about = topics.length
    ? ` They have been talking a lot about ${list(topics)}, which is close to what we do.`
    : '';
  const connection = nextLabel
    ? `You seem to know ${nextLabel}, who is close to ${prospectLabel}`
    : `I noticed you and ${prospectLabel} are connected`;
  const reason = bridgeHop.evidence ? ` (${bridgeHop.evidence})` : '';

  const toBridge =
    `Hi ${firstName(bridgeName)},\n\n` +
    `${connection}${reason}. I would love to meet ${prospectName}.${about}\n\n` +
    `Would you be open to introducing us? I have written a short note below that you can forward as it is or change as you like.\n\n` +
    `Thank you!\n${senderName}`;
  const forwardable =
    `Hi ${firstName(nextLabel ?? prospectName)},\n\n` +
    `I would like to introduce ${senderName}, whom I know well.` +
    (topics.length
      ? ` ${firstName(senderName)} has been following your posts on ${list(topics)}`
      : ` ${firstName(senderName)} has been following your work`) +
    ` and would value a short conversation${nextLabel ? ` with ${prospectName}` : ''}.\n\n` +
    `Would you be open to a call?\n\nBest,\n${firstName(bridgeName)}`;
  return { toBridge, forwardable };
}
