// Which checklist slot an upload most likely fills, from what the phone or the
// person called it, what it is, and which slots are still empty. Pure: the
// upload command applies it, the panel shows it and offers the other slots.

/** What a file is, from its sniffed (or, before upload, the browser's) MIME type. */
export type FileFamily = "image" | "pdf" | "audio" | "video" | "table" | "text";

/** How the file was probably made, read from its name and family. */
type Origin = "screenshot" | "photo" | "document" | "export" | "recording";

interface SlotHints {
  /** The name says so: 报警回执.pdf is the police receipt even when one is already there. */
  readonly words: RegExp;
  readonly families: readonly FileFamily[];
  /** For a name that says nothing: the kinds of file this slot usually is (an empty slot only). */
  readonly looks: readonly Origin[];
}

const VISUAL: readonly FileFamily[] = ["image", "pdf"];
/** Alternatives; Latin ones must stand alone ("id" is not in "video"), Chinese has no spaces to look for. */
function word(source: string): RegExp {
  const parts = source.split("|");
  const latin = parts.filter((part) => /^[a-z]/.test(part));
  const other = parts.filter((part) => !/^[a-z]/.test(part));
  const branches = [
    ...(other.length ? [other.join("|")] : []),
    ...(latin.length ? [`(?:^|[^a-z])(?:${latin.join("|")})(?:$|[^a-z])`] : []),
  ];
  return new RegExp(branches.map((b) => `(?:${b})`).join("|"));
}

const TRANSFER = "转账|付款|支付|汇款|转帐|打款|transfer|payment|paid|pay";
const CHAT = "聊天|对话|会话|微信消息|语音|通话|录音|chat|conversation|messages?|call";
const STATEMENT = "流水|明细|账单|对账单|交易记录|statement|bill|transactions";
const ID = "身份证|证件|身份|id|idcard|id[-_ ]?card|identity|passport";

/** Keyed by checklist item id (lib/deadlines/catalog/evidence.ts); an id not here is never proposed. */
const SLOTS: Readonly<Record<string, SlotHints>> = {
  "transfer-screenshot": { words: word(TRANSFER), families: VISUAL, looks: ["screenshot"] },
  "transfer-vouchers": {
    words: word(`${TRANSFER}|凭证|回单|voucher|receipt`),
    families: VISUAL,
    looks: ["screenshot"],
  },
  "transaction-screenshots": { words: word(`${TRANSFER}|交易|transaction`), families: VISUAL, looks: ["screenshot"] },
  "payment-voucher": { words: word("凭证|回单|电子回单|voucher|receipt"), families: VISUAL, looks: ["screenshot"] },
  "chat-records": {
    words: word(CHAT),
    families: ["image", "pdf", "text", "audio", "video"],
    looks: ["screenshot", "recording"],
  },
  "chat-evidence": {
    words: word(CHAT),
    families: ["image", "pdf", "text", "audio", "video"],
    looks: ["screenshot", "recording"],
  },
  "police-receipt": {
    words: word("报警|报案|回执|立案|受案|接警|警情|公安|派出所|police|report"),
    families: VISUAL,
    looks: ["photo", "document"],
  },
  "fund-flow": {
    words: word(`${STATEMENT}|资金|flow`),
    families: ["table", "text", "pdf", "image"],
    looks: ["export"],
  },
  "recent-transactions": {
    words: word(`${STATEMENT}|交易|${TRANSFER}`),
    families: ["table", "text", "pdf", "image"],
    looks: ["export"],
  },
  "fraudster-account": {
    words: word("骗子|对方|主页|资料|名片|账号|profile|scammer|fraudster"),
    families: VISUAL,
    looks: [],
  },
  "recipient-real-name": {
    words: word("实名|姓名|收款人|收款方|对方|recipient|payee|name"),
    families: VISUAL,
    looks: [],
  },
  "id-card": { words: word(ID), families: VISUAL, looks: ["photo"] },
  "id-card-both-sides": { words: word(`${ID}|正反面|正面|反面|国徽`), families: VISUAL, looks: ["photo"] },
  "id-both-sides": { words: word(`${ID}|双方`), families: VISUAL, looks: ["photo"] },
  "order-details": { words: word("订单|商品|购买|order|purchase"), families: VISUAL, looks: ["screenshot"] },
  "non-performance-proof": {
    words: word(
      "未履约|未发货|未收到|未到货|物流|快递|未提供|non[-_ ]?performance|not[-_ ]delivered|tracking|delivery",
    ),
    families: ["image", "pdf", "video"],
    looks: [],
  },
  "device-login-records": {
    words: word("登录|登陆|设备|login|log[-_ ]?in|sign[-_ ]?in|device"),
    families: ["image", "pdf", "text"],
    looks: [],
  },
  "face-check-failures": { words: word("人脸|刷脸|面部|face"), families: ["image", "pdf", "text"], looks: [] },
  "court-documents": {
    words: word("法院|裁定|判决|通知书|协助执行|冻结|执行|court|ruling|judgment|judgement|notice"),
    families: VISUAL,
    looks: ["photo", "document"],
  },
  undertaking: { words: word("承诺|保证书|undertaking|pledge"), families: VISUAL, looks: [] },
  "account-details": {
    words: word("账户|问题|说明|描述|account|description"),
    families: ["text", "image", "pdf"],
    looks: [],
  },
  "platform-notice": {
    words: word("通知|短信|邮件|站内|提示|限制|冻结|风控|封号|notice|sms|email|mail|restrict\\w*|frozen|freeze"),
    families: VISUAL,
    looks: ["screenshot"],
  },
};

export function fileFamily(mime: string): FileFamily | null {
  const type = mime.split(";")[0]!.trim().toLowerCase();
  if (type === "application/pdf") return "pdf";
  if (type === "text/csv" || type.includes("spreadsheet") || type === "application/vnd.ms-excel") return "table";
  if (type.startsWith("image/")) return "image";
  if (type.startsWith("audio/")) return "audio";
  if (type.startsWith("video/")) return "video";
  if (type.startsWith("text/")) return "text";
  return null;
}

// iPhone screenshots are IMG_1234.PNG (its camera writes JPG or HEIC); Android and desktop say so.
const SCREENSHOT = /screenshot|screen[-_ ]?shot|截屏|截图|屏幕快照|屏幕截图|snipaste|^img_\d+\.png$|^wechatimg\d+/i;
const PHOTO = /^(?:img|dsc|dscn|dcim|pxl|mvimg|photo)[-_]?\d|^\d{8}[-_]\d{6}|拍照|照片/i;

function originOf(name: string, family: FileFamily): Origin {
  switch (family) {
    case "image":
      if (SCREENSHOT.test(name)) return "screenshot";
      // A saved or forwarded picture (微信图片_…, mmexport…) is most often a screenshot someone sent.
      return PHOTO.test(name) ? "photo" : "screenshot";
    case "pdf":
      return "document";
    case "table":
    case "text":
      return "export";
    case "audio":
    case "video":
      return "recording";
  }
}

export interface Slot {
  readonly id: string;
  /** No file or fact meets it yet. */
  readonly open: boolean;
}

export interface SlotProposal {
  readonly slot: string;
  /** "name": the file's name names the slot; "type": only its type and which slots were empty. */
  readonly because: "name" | "type";
}

/**
 * The slot an upload most likely fills, or null when none fits (it then stays unfiled).
 * A name that names a slot wins, an empty slot before a filled one, the longer match
 * most matched first (身份证正反面 is both sides, not just the card); failing that, the first empty slot (checklist order)
 * that files of this type and origin usually fill. `slots` are the uploadable items
 * of the case's checklist in order; items met by a fact are not slots.
 */
export function proposeSlot(file: { mime: string; name: string }, slots: readonly Slot[]): SlotProposal | null {
  const family = fileFamily(file.mime);
  if (!family) return null;
  const name = file.name.normalize("NFKC").toLowerCase().trim();
  const stem = name.replace(/\.[a-z0-9]{1,5}$/, "");
  const fitting = slots.filter((slot) => SLOTS[slot.id]?.families.includes(family));

  let best: { slot: Slot; length: number } | null = null;
  for (const slot of fitting) {
    const length = matchedLength(SLOTS[slot.id]!.words, stem);
    if (length === 0) continue;
    const better = !best || (slot.open && !best.slot.open) || (slot.open === best.slot.open && length > best.length);
    if (better) best = { slot, length };
  }
  if (best) return { slot: best.slot.id, because: "name" };

  const origin = originOf(name, family);
  const empty = fitting.find((slot) => slot.open && SLOTS[slot.id]!.looks.includes(origin));
  return empty ? { slot: empty.id, because: "type" } : null;
}

/** How much of the name the slot's words cover (each word once), without the boundaries around Latin ones. */
function matchedLength(words: RegExp, stem: string): number {
  const all = new RegExp(words.source, "g");
  let length = 0;
  for (const match of stem.matchAll(all)) length += match[0].replace(/^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/gu, "").length;
  return length;
}
