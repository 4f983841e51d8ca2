import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../main/host/project-root';

// electron-builder itself cannot run here (it downloads Electron's binaries): this checks what it
// would read, as far as the files can say.
const file = (...parts: string[]) => join(projectRoot, ...parts);
const config = JSON.parse(readFileSync(file('electron-builder.json'), 'utf8')) as Record<string, unknown> & {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  fileAssociations: { ext: string; name: string; role?: string; mimeType?: string }[];
  mac: { target: string[]; icon: string; category: string };
  win: { target: string[]; icon: string };
  linux: { target: string[]; icon: string; category: string; maintainer: string; executableName: string };
  nsis: Record<string, unknown>;
};
const pkg = JSON.parse(readFileSync(file('package.json'), 'utf8')) as {
  productName: string;
  main: string;
  scripts: Record<string, string>;
};

/** Width and height of a PNG, from its header; and whether its pixels decode to that many bytes. */
function png(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  let at = 8;
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString('ascii') === 'IDAT')
      data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect(inflateSync(Buffer.concat(data)).length).toBe((width * 4 + 1) * height);
  return { width, height };
}

describe('the installers’ configuration (electron-builder)', () => {
  it('names the app as the package does, and builds AppImage and deb, dmg and NSIS', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe(pkg.productName);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    // deb refuses to build without a maintainer's e-mail; menus file the app by its category.
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
    expect(config.linux.category).toBe('Office');
    expect(config.mac.category).toMatch(/^public\.app-category\./);
    expect(config.linux.executableName).toMatch(/^[a-z0-9-]+$/);
    // NSIS: an installer the user steps through, not one that installs on the first click.
    expect(config.nsis).toMatchObject({ oneClick: false });
  });

  it('packs the built app, which starts from the package main', () => {
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(pkg.main).toBe('out/main/index.js');
    const packed = (path: string) =>
      config.files.some((pattern) => pattern.endsWith('/**') && path.startsWith(pattern.slice(0, -2)));
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'])
      expect(packed(path), path).toBe(true);
    expect(config.files).toContain('package.json');
  });

  it('associates .itrack files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'itrack', name: 'Inside Track workspace', role: 'Editor' }),
    ]);
    expect(config.fileAssociations[0]!.mimeType).toMatch(/^application\/x-/);
  });

  it('has its icons, made in the repository, at the sizes each system asks for', () => {
    expect(readFileSync(file('build/icon.svg'), 'utf8')).toContain('<svg');
    expect(png(readFileSync(file('build/icon.png')))).toEqual({ width: 1024, height: 1024 });
    // Linux: a folder of NxN.png; electron-builder picks the sizes from the names.
    expect(config.linux.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(png(readFileSync(file('build/icons', `${size}x${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
    // Windows: an ICO whose entries are PNGs, up to 256 (written as 0 in the directory).
    expect(config.win.icon).toBe('build/icon.ico');
    const ico = readFileSync(file(config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry) || 256;
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(png(image)).toEqual({ width: size, height: size });
      return size;
    });
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    // macOS: an ICNS whose entries are PNGs of the size their type says, 1024 (512@2x) included.
    expect(config.mac.icon).toBe('build/icon.icns');
    const icns = readFileSync(file(config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    // Apple's table of PNG-holding types, kept here apart from the writer's so a slip in one shows.
    const sizeOfType: Record<string, number> = {
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const types: string[] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.subarray(at, at + 4).toString('ascii');
      const length = icns.readUInt32BE(at + 4);
      const size = sizeOfType[type];
      expect(size, type).toBeDefined();
      expect(png(icns.subarray(at + 8, at + length))).toEqual({ width: size, height: size });
      types.push(type);
      at += length;
    }
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('npm run dist says what to install when electron-builder is missing', () => {
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    if (existsSync(file('node_modules/electron-builder'))) return;
    const result = spawnSync(process.execPath, [file('scripts/dist.mjs')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('electron-builder is not installed');
    expect(result.stderr).toMatch(/npm install --save-dev --save-exact electron-builder@\d+\.\d+\.\d+/);
    expect(result.stderr).toContain('Node 22.12');
  });
});
