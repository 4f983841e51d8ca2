// A synthetic mbox for the mail import bench, written streaming (never whole in memory): Gmail
// Takeout's shape (X-Gmail-Labels, folded Received and DKIM headers, multipart bodies, a base64
// attachment on every tenth message), 5,000 correspondents, one in five messages the user's own,
// one in eight from a mailing list. Deterministic for a given count.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seeded } from './random';

export const OWN_ADDRESS = 'dana@home.example';
const PEOPLE = 5_000;

function address(i: number): string {
  return `person${i}@company${i % 300}.example`;
}

function message(n: number, random: () => number): string {
  const sent = n % 5 === 0;
  const list = !sent && n % 8 === 1;
  const other = address(Math.floor(random() * PEOPLE));
  const cc = random() < 0.3 ? address(Math.floor(random() * PEOPLE)) : null;
  const date = new Date(Date.UTC(2018, 0, 1) + n * 97_000);
  const from = sent ? `Dana Scully <${OWN_ADDRESS}>` : `"Person ${n % PEOPLE}" <${other}>`;
  const to = sent ? `<${other}>` : `Dana Scully <${OWN_ADDRESS}>`;
  const attachment =
    n % 10 === 0 ? `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpams=\r\n'.repeat(20)}` : '';
  return [
    `From ${1_600_000_000_000 + n}@xxx ${date.toUTCString()}\r\n`,
    `X-GM-THRID: ${1_600_000_000_000 + (n >> 2)}\r\n`,
    `X-Gmail-Labels: ${sent ? 'Sent' : 'Inbox,Opened'}\r\n`,
    `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n`,
    `        by mx.google.com with SMTPS id x${n}sor.2018.01.01;\r\n`,
    `        ${date.toUTCString()}\r\n`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=company.example; s=20161025;\r\n`,
    `        h=mime-version:from:date:message-id:subject:to;\r\n`,
    `        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=${n.toString(36)}Zm9vYmFy\r\n`,
    `From: ${from}\r\n`,
    `To: ${to}\r\n`,
    cc ? `Cc: ${cc}\r\n` : '',
    `Date: ${date.toUTCString().replace('GMT', '+0000')}\r\n`,
    `Message-ID: <m${n}@mail.example>\r\n`,
    n % 3 === 1 ? `In-Reply-To: <m${n - 1}@mail.example>\r\nReferences: <m${n - 1}@mail.example>\r\n` : '',
    list ? `List-Id: "Team updates" <team.lists.example>\r\nPrecedence: list\r\n` : '',
    `Subject: =?UTF-8?Q?Re:_caf=C3=A9_meeting_${n % 97}?=\r\n`,
    `MIME-Version: 1.0\r\n`,
    `Content-Type: multipart/mixed; boundary="b${n}"\r\n`,
    `\r\n`,
    `--b${n}\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\n`,
    `Hello,\r\n\r\nFrom what we said on the call, here is the plan for next week.\r\n>From the notes: three items.\r\n`,
    `Best,\r\nPerson\r\n`,
    attachment
      ? `--b${n}\r\nContent-Type: application/pdf; name="plan.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}`
      : '',
    `--b${n}--\r\n\r\n`,
  ].join('');
}

/** Writes `count` messages to `path`; returns the file's size in bytes. */
export async function writeMbox(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  const random = seeded(16);
  let bytes = 0;
  let chunk = '';
  for (let n = 1; n <= count; n += 1) {
    chunk += message(n, random);
    if (chunk.length > 1 << 20) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += Buffer.byteLength(chunk);
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}
