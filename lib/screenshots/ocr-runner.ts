import { type ChildProcess, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { setting } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { OcrLine } from "./extract-payment";

// Runs lib/screenshots/ocr-child.mjs for the web server (ADR 0035): one child, started on the
// first screenshot, reused, ended after IDLE_MS without work; one screenshot at a time, a
// bounded queue behind it, a timeout on each. The web server only waits on a message.

/** Screenshots waiting behind the one being read; one more is "busy" (503 with a retry). */
export const OCR_MAX_WAITING = 10;
/** One screenshot being read for longer than this is given up (the child is ended). */
export const OCR_TIMEOUT_MS = 60_000;
/** The child ends after this long without work, giving back its model's memory. */
export const OCR_IDLE_MS = 3 * 60_000;
/** How long a browser told "busy" waits before asking again. */
export const OCR_RETRY_AFTER_SECONDS = 5;
/** The OCR process's nice value (0 is the web server's; 19 the lowest priority). */
const OCR_NICE = 10;
/** Loading the model, on a loaded machine, may take this long before the first screenshot. */
const LOAD_TIMEOUT_MS = 60_000;

/** Every reader is taken, or the read timed out or crashed: 503 with Retry-After, try again. */
export class OcrBusyError extends AppError {
  constructor(
    readonly reason: "queue_full" | "timeout" | "failed",
    detail?: string,
  ) {
    super("ocr_busy", 503, "screenshots.errors.busy", {
      detail: detail ? `${reason}: ${detail}` : reason,
      headers: { "Retry-After": String(OCR_RETRY_AFTER_SECONDS) },
    });
  }
}

export type OcrAnswer = { ok: true; lines: OcrLine[]; ms: number } | { ok: false; code: "unreadable" };

export interface OcrStats {
  /** The child's model load time, the last time it started. */
  loadMs?: number;
  /** The child's peak RSS so far, in KiB. */
  maxRssKb?: number;
  starts: number;
}

interface Job {
  bytes: Uint8Array;
  resolve: (answer: OcrAnswer) => void;
  reject: (error: Error) => void;
}

type ChildMessage =
  | { ready: true; loadMs: number; maxRssKb: number }
  | { id: number; lines: OcrLine[]; ms: number; maxRssKb: number }
  | { id: number; error: "unreadable" | "failed"; message?: string };

export function ocrChildPath(): string {
  // Joined at run time from parts, so the bundler does not try to resolve it at build time.
  return [setting("RECOURSE_ROOT") ?? process.cwd(), "lib", "screenshots", "ocr-child.mjs"].join(path.sep);
}

export class OcrRunner {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private readonly waiting: Job[] = [];
  private running = false;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  readonly stats: OcrStats = { starts: 0 };

  constructor(
    private readonly options: {
      maxWaiting?: number;
      timeoutMs?: number;
      idleMs?: number;
      childPath?: string;
      childArgs?: string[];
    } = {},
  ) {}

  /** Reads one image's text lines; rejects with OcrBusyError when full, timed out or crashed. */
  read(bytes: Uint8Array): Promise<OcrAnswer> {
    if (this.waiting.length >= (this.options.maxWaiting ?? OCR_MAX_WAITING)) {
      return Promise.reject(new OcrBusyError("queue_full"));
    }
    return new Promise<OcrAnswer>((resolve, reject) => {
      this.waiting.push({ bytes, resolve, reject });
      void this.pump();
    });
  }

  /** Ends the child now (tests, shutdown); waiting screenshots are refused as busy. */
  stop(): void {
    for (const job of this.waiting.splice(0)) job.reject(new OcrBusyError("failed", "stopped"));
    this.endChild();
  }

  get alive(): boolean {
    return this.child !== undefined;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.running = true;
    clearTimeout(this.idleTimer);
    try {
      job.resolve(await this.runOne(job.bytes));
    } catch (error) {
      job.reject(error as Error);
    } finally {
      this.running = false;
      if (this.waiting.length > 0) void this.pump();
      else this.idleTimer = setTimeout(() => this.endChild(), this.options.idleMs ?? OCR_IDLE_MS).unref();
    }
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    // A plain node with an IPC channel (what fork does), not fork itself: the bundler traces
    // fork's script as a module to bundle, and the child must stay a file on disk. None of the
    // web server's flags (a TypeScript loader, an inspector port) are passed on.
    const child = spawn(
      process.execPath,
      [this.options.childPath ?? ocrChildPath(), ...(this.options.childArgs ?? [])],
      {
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      },
    );
    this.child = child;
    this.stats.starts++;
    // Background work: when the cores are short, the web server's requests go first.
    try {
      if (child.pid) os.setPriority(child.pid, OCR_NICE);
    } catch {
      // Not permitted here (some containers): it then competes as an equal.
    }
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new OcrBusyError("timeout", "the model did not load"));
        this.endChild();
      }, LOAD_TIMEOUT_MS);
      child.once("message", (message: ChildMessage) => {
        clearTimeout(timer);
        if ("ready" in message) {
          this.stats.loadMs = message.loadMs;
          this.stats.maxRssKb = message.maxRssKb;
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new OcrBusyError("failed", `the OCR process exited (${code})`));
      });
    });
    child.once("exit", () => {
      if (this.child === child) {
        this.child = undefined;
        this.ready = undefined;
      }
    });
    // A rejected load is handled by whoever awaits it; this keeps an unawaited one quiet.
    this.ready.catch(() => undefined);
    return this.ready;
  }

  private async runOne(bytes: Uint8Array): Promise<OcrAnswer> {
    await this.start();
    const child = this.child;
    if (!child) throw new OcrBusyError("failed", "the OCR process is gone");
    const id = this.nextId++;
    return new Promise<OcrAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.endChild();
        reject(new OcrBusyError("timeout"));
      }, this.options.timeoutMs ?? OCR_TIMEOUT_MS);
      const onMessage = (message: ChildMessage) => {
        if ("ready" in message || message.id !== id) return;
        cleanup();
        if ("error" in message) {
          if (message.error === "unreadable") resolve({ ok: false, code: "unreadable" });
          else reject(new OcrBusyError("failed", message.message));
          return;
        }
        this.stats.maxRssKb = message.maxRssKb;
        resolve({ ok: true, lines: message.lines, ms: message.ms });
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new OcrBusyError("failed", `the OCR process exited (${code})`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ id, bytes });
    });
  }

  private endChild(): void {
    clearTimeout(this.idleTimer);
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child && child.exitCode === null) child.kill("SIGKILL");
  }
}

const holder = globalThis as typeof globalThis & { __recourseOcr?: OcrRunner };

/** The web server's one runner (kept across Next's module reloads in development). */
export function ocrRunner(): OcrRunner {
  holder.__recourseOcr ??= new OcrRunner();
  return holder.__recourseOcr;
}
