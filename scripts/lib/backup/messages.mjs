// One vocabulary for backup and restore: typed codes, a sentence in each language.
// The CLI speaks Chinese when the shell's locale is Chinese (LANG / LC_ALL zh*), else English.
import { given } from "../cli-env.mjs";

/**
 * What a sentence may name: a file, a directory, a count. Each code fills in its own.
 * @typedef {Record<string, string | number | boolean | undefined>} Params
 * @typedef {{ en: (p: Params) => string, "zh-CN": (p: Params) => string }} Message
 * @typedef {"en" | "zh-CN"} CliLocale
 */

/** @satisfies {Record<string, Message>} */
const MESSAGES = {
  USAGE_BACKUP: {
    en: () => "Usage: npm run backup -- --out <file>",
    "zh-CN": () => "用法：npm run backup -- --out <文件>",
  },
  USAGE_RESTORE: {
    en: () => "Usage: npm run restore -- <file>",
    "zh-CN": () => "用法：npm run restore -- <文件>",
  },
  OUT_EXISTS: {
    en: (p) => `${p.file} already exists. Choose another file name; a backup never overwrites a file.`,
    "zh-CN": (p) => `${p.file} 已存在。请换一个文件名；备份不会覆盖已有文件。`,
  },
  NOT_FOUND: {
    en: (p) => `There is no file ${p.file}.`,
    "zh-CN": (p) => `找不到文件 ${p.file}。`,
  },
  NOT_A_BACKUP: {
    en: (p) => `${p.file} is not a Recourse backup. Nothing was restored.`,
    "zh-CN": (p) => `${p.file} 不是 Recourse 的备份文件。未恢复任何内容。`,
  },
  TRUNCATED: {
    en: (p) => `${p.file} is incomplete: it ends in the middle, probably cut off while copying. Nothing was restored.`,
    "zh-CN": (p) => `${p.file} 不完整：文件在中途结束，可能在复制时被截断。未恢复任何内容。`,
  },
  CORRUPTED: {
    en: (p) => `${p.file} is damaged: ${p.part} does not match its checksum. Nothing was restored.`,
    "zh-CN": (p) => `${p.file} 已损坏：${p.part} 与其校验值不符。未恢复任何内容。`,
  },
  NEWER_FORMAT: {
    en: (p) =>
      `This backup was made by a newer version of Recourse (backup format ${p.version}). Update Recourse, then restore.`,
    "zh-CN": (p) => `这个备份由更新版本的 Recourse 生成（备份格式 ${p.version}）。请先更新 Recourse，再恢复。`,
  },
  NEWER_SCHEMA: {
    en: (p) =>
      `This backup was made by a newer version of Recourse (its database has migration ${p.migration}, unknown to this copy). Update Recourse, then restore.`,
    "zh-CN": (p) =>
      `这个备份由更新版本的 Recourse 生成（其数据库包含本程序不认识的迁移 ${p.migration}）。请先更新 Recourse，再恢复。`,
  },
  SCHEMA_DIFFERS: {
    en: (p) =>
      `This backup's database migration ${p.migration} differs from this copy's. Restore it with the Recourse version that made it.`,
    "zh-CN": (p) => `这个备份的数据库迁移 ${p.migration} 与本程序的不一致。请用生成该备份的 Recourse 版本恢复。`,
  },
  DIR_NOT_EMPTY: {
    en: (p) =>
      `The data directory ${p.dir} is not empty. A restore goes into an empty directory: set DATA_DIR to a new one (the old data stays as it is).`,
    "zh-CN": (p) =>
      `数据目录 ${p.dir} 不是空的。恢复只能写入空目录：请把 DATA_DIR 设为一个新目录（原有数据保持不变）。`,
  },
  DIR_IN_USE: {
    en: (p) =>
      `Recourse is running on ${p.dir} (pid ${p.pid}). A restore goes into an empty directory that nothing uses.`,
    "zh-CN": (p) => `Recourse 正在使用 ${p.dir}（进程 ${p.pid}）。恢复只能写入无人使用的空目录。`,
  },
  DATABASE_NOT_EMPTY: {
    en: () =>
      "The database in DATABASE_URL already has tables. A restore goes into an empty database: create a new one and point DATABASE_URL at it.",
    "zh-CN": () =>
      "DATABASE_URL 指向的数据库中已有数据表。恢复只能写入空数据库：请新建一个数据库，并让 DATABASE_URL 指向它。",
  },
  BUCKET_NOT_EMPTY: {
    en: (p) =>
      `The bucket ${p.bucket} is not empty (it holds ${p.key}, for one). A restore goes into an empty bucket: create a new one and point S3_BUCKET at it.`,
    "zh-CN": (p) =>
      `存储桶 ${p.bucket} 不是空的（例如其中已有 ${p.key}）。恢复只能写入空的存储桶：请新建一个存储桶，并让 S3_BUCKET 指向它。`,
  },
  DISK_FULL: {
    en: (p) =>
      `The disk holding ${p.where} is full${p.needMb ? ` (about ${p.needMb} MB needed)` : ""}. Nothing was ${p.restore ? "restored" : "written"}.`,
    "zh-CN": (p) =>
      `${p.where} 所在的磁盘已满${p.needMb ? `（约需 ${p.needMb} MB）` : ""}。${p.restore ? "未恢复任何内容" : "未写入任何文件"}。`,
  },
  BLOB_MISSING: {
    en: (p) =>
      `The evidence file ${p.key} is missing from the store, so the backup would be incomplete. Nothing was written.`,
    "zh-CN": (p) => `证据文件 ${p.key} 在存储中缺失，备份将不完整。未写入任何文件。`,
  },
  BLOB_CHANGED: {
    en: (p) => `The evidence file ${p.key} does not match the checksum recorded for it. Nothing was written.`,
    "zh-CN": (p) => `证据文件 ${p.key} 与记录的校验值不符。未写入任何文件。`,
  },
  BUSY: {
    en: () => "The evidence kept changing during three attempts. Try the backup again.",
    "zh-CN": () => "证据文件在三次尝试中一直在变动。请再试一次备份。",
  },
  UNREACHABLE: {
    en: (p) =>
      p.embedded
        ? `Recourse on ${p.dir} is starting or stopping (its database socket does not answer). Try again in a minute.`
        : `The database in DATABASE_URL cannot be reached: ${p.detail}. Nothing was changed.`,
    "zh-CN": (p) =>
      p.embedded
        ? `${p.dir} 上的 Recourse 正在启动或停止（数据库套接字无响应）。请一分钟后再试。`
        : `无法连接 DATABASE_URL 指向的数据库：${p.detail}。未做任何更改。`,
  },
  NO_DATABASE: {
    en: (p) => `There is no Recourse database in ${p.dir}. Set DATA_DIR to the data directory to back up.`,
    "zh-CN": (p) => `${p.dir} 中没有 Recourse 数据库。请把 DATA_DIR 设为要备份的数据目录。`,
  },
};

/** @typedef {keyof typeof MESSAGES} BackupCode */

export class BackupError extends Error {
  /** @param {BackupCode} code @param {Params} [params] */
  constructor(code, params = {}) {
    super(MESSAGES[code].en(params));
    this.name = "BackupError";
    this.code = code;
    this.params = params;
  }
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {CliLocale}
 */
export function cliLocale(env = given) {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(lang) ? "zh-CN" : "en";
}

/** @param {BackupError} error @param {CliLocale} [locale] */
export function describe(error, locale = cliLocale()) {
  /** @type {Message} */
  const message = MESSAGES[error.code];
  return message[locale](error.params);
}

/** @param {string} code @returns {code is BackupCode} */
const isCode = (code) => Object.hasOwn(MESSAGES, code);

export const MESSAGE_CODES = Object.keys(MESSAGES).filter(isCode);
export { MESSAGES };
