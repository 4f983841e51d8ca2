import type { Db } from '../sqlite';

export interface Migration {
  /** Becomes the file's user_version once applied. Numbers are consecutive from 1. */
  version: number;
  name: string;
  up(db: Db): void;
}
