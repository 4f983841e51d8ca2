import type { PersonLinkDto } from '../../../../common/dto';
import { networkName } from '../workspace/prospectNames';
import { relationshipNoun } from './relationships';

/** "@danalee", or the account's name when it has no handle; the network unless it is X. */
export function linkedAccountName(
  link: Pick<PersonLinkDto, 'handle' | 'accountName' | 'network' | 'accountId'>,
): string {
  const name = link.handle ? `@${link.handle}` : (link.accountName ?? `account ${link.accountId}`);
  return link.network === 'x' ? name : `${name} on ${networkName(link.network)}`;
}

/** "Dana Lee (customer) may be @danalee — same name; bio mentions Acme". */
export function suggestionText(link: PersonLinkDto): string {
  const who = `${link.personName} (${relationshipNoun(link.relationship)})`;
  const evidence = link.evidence ? ` — ${link.evidence}` : '';
  return `${who} may be ${linkedAccountName(link)}${evidence}`;
}
