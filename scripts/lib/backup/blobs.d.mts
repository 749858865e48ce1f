import type { Readable } from "node:stream";
export type Blobs = {
  kind: "local" | "s3";
  describe: string;
  get(key: string): Promise<Readable | null>;
  put(key: string, body: () => Readable, size: number): Promise<void>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  close?(): Promise<void>;
};
export function blobsFromEnv(env: Record<string, string | undefined>, dataDir: string): Blobs;
export function localBlobs(root: string): Blobs;
export function s3Blobs(env: Record<string, string | undefined>): Blobs;
