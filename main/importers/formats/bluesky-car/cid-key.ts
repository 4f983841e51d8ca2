import { CidLinkWrapper, fromCidLink, isCidLink } from '@atcute/cbor';

/**
 * A CID as a compact map key: its 36 raw bytes as a one-byte-per-char string. The base32 `$link`
 * form is built by concatenation and costs several times more memory per key, which adds up to
 * hundreds of MB in the index of a large repository.
 */
export type CidKey = string & { readonly cidKey: unique symbol };

export function cidKeyOf(bytes: Uint8Array): CidKey {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') as CidKey;
}

/** The key of a decoded CID link, or undefined when the value is not a link. */
export function linkKey(value: unknown): CidKey | undefined {
  if (value instanceof CidLinkWrapper) return cidKeyOf(value.bytes);
  return isCidLink(value) ? cidKeyOf(fromCidLink(value).bytes) : undefined;
}

/** The usual `bafy…` text of a CID, for messages. */
export function cidText(key: CidKey): string {
  return new CidLinkWrapper(new Uint8Array(Buffer.from(key, 'latin1'))).$link;
}
