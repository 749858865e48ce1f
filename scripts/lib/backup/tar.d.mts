import type { FileHandle } from "node:fs/promises";
export class TarFormatError extends Error {}
export class TarWriter {
  constructor(handle: FileHandle, now?: number);
  position: number;
  add(
    name: string,
    chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  ): Promise<{ size: number; sha256: string }>;
  finish(): Promise<void>;
}
export type TarEntry = { name: string; size: number; offset: number };
export function listEntries(handle: FileHandle): Promise<TarEntry[]>;
export function entryStream(file: string, entry: TarEntry): AsyncIterable<Buffer>;
export function hashEntry(file: string, entry: TarEntry): Promise<string>;
export function readEntry(file: string, entry: TarEntry): Promise<Buffer>;
