"use client";

import { useCallback, useState } from "react";

export type UploadState =
  | { key: string; name: string; size: number; status: "uploading"; percent: number }
  | { key: string; name: string; size: number; status: "done"; sha256: string }
  | { key: string; name: string; size: number; status: "failed"; message: string };

type Answer = { ok: true; sha256: string } | { ok: false; message: string };

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
        if (answer.ok) update(key, { status: "done", sha256: answer.sha256 });
        else update(key, { status: "failed", message: answer.message || messages.unexpected });
      }
      onBatchDone();
    },
    [caseId, maxFileBytes, messages, onBatchDone, update],
  );

  return { uploads, start };
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
        evidence?: { sha256: string }[];
        error?: { message: string };
      } | null;
      const sha256 = json?.evidence?.[0]?.sha256;
      if (xhr.status === 201 && sha256) resolve({ ok: true, sha256 });
      else resolve({ ok: false, message: json?.error?.message ?? "" });
    };
    xhr.onerror = () => resolve({ ok: false, message: network });
    xhr.send(body);
  });
}
