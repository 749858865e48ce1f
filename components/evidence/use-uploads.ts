"use client";

import { useCallback, useState } from "react";

/** A stored file as the upload answered: where it was filed, and whether by proposal. */
export interface Stored {
  sha256: string;
  evidenceId: string;
  item: string | null;
  proposed: "name" | "type" | null;
}

export type UploadState =
  | { key: string; name: string; size: number; status: "uploading"; percent: number }
  | ({ key: string; name: string; size: number; status: "done" } & Stored)
  | { key: string; name: string; size: number; status: "failed"; message: string };

type Answer = ({ ok: true } & Stored) | { ok: false; message: string };

/**
 * One XMLHttpRequest per file: fetch() cannot report upload progress, and a
 * refused file then never sinks the others. Files go one after another, so a
 * phone on a slow link finishes the first file first.
 */
export function useUploads({
  caseId,
  maxFileBytes,
  messages,
  onBatchDone,
}: {
  caseId: string;
  maxFileBytes: number;
  messages: { tooLarge: (name: string) => string; network: string; unexpected: string };
  onBatchDone: () => void;
}) {
  const [uploads, setUploads] = useState<UploadState[]>([]);

  const update = useCallback((key: string, next: Partial<UploadState> & Pick<UploadState, "status">) => {
    setUploads((all) => all.map((u) => (u.key === key ? ({ ...u, ...next } as UploadState) : u)));
  }, []);

  const start = useCallback(
    async (files: readonly File[], item: string | null) => {
      const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
      setUploads((all) => [
        ...batch.map(({ file, key }) => ({
          key,
          name: file.name,
          size: file.size,
          status: "uploading" as const,
          percent: 0,
        })),
        ...all,
      ]);
      for (const { file, key } of batch) {
        // Refused here too, so nobody waits for 30 MB to travel only to be told no.
        if (file.size > maxFileBytes) {
          update(key, { status: "failed", message: messages.tooLarge(file.name) });
          continue;
        }
        const answer = await send(caseId, file, item, messages.network, (percent) =>
          update(key, { status: "uploading", percent }),
        );
        if (answer.ok) {
          const { ok: _ok, ...stored } = answer;
          update(key, { status: "done", ...stored });
        } else update(key, { status: "failed", message: answer.message || messages.unexpected });
      }
      onBatchDone();
    },
    [caseId, maxFileBytes, messages, onBatchDone, update],
  );

  /** After the person moved a file to another slot: the row shows where it is now. */
  const filed = useCallback((key: string, item: string | null) => {
    setUploads((all) => all.map((u) => (u.key === key && u.status === "done" ? { ...u, item, proposed: null } : u)));
  }, []);

  return { uploads, start, filed };
}

function send(
  caseId: string,
  file: File,
  item: string | null,
  network: string,
  progress: (percent: number) => void,
): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const body = new FormData();
    if (item) body.append("item", item);
    body.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/cases/${encodeURIComponent(caseId)}/evidence`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(Math.floor((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const json = xhr.response as {
        evidence?: { id: string; sha256: string; item: string | null; proposed?: "name" | "type" | null }[];
        error?: { message: string };
      } | null;
      const stored = json?.evidence?.[0];
      if (xhr.status === 201 && stored) {
        resolve({
          ok: true,
          sha256: stored.sha256,
          evidenceId: stored.id,
          item: stored.item,
          proposed: stored.proposed ?? null,
        });
      } else resolve({ ok: false, message: json?.error?.message ?? "" });
    };
    xhr.onerror = () => resolve({ ok: false, message: network });
    xhr.send(body);
  });
}
