// The pages make-corpus.mjs renders: each returns its HTML and the facts a reader must find
// (`expect`), with the distractors issue 26 names (收钱时间, 商户单号, 手续费, 创建时间, amounts in
// words) placed where a careless reader would take them. Invented names and numbers only.

const SURNAMES = ["李", "张", "王", "陈", "刘", "赵", "周", "吴"];
const GIVEN = ["华", "明", "芳", "强", "静", "伟", "丽", "军"];
/** @type {[string, string][]} */
const SHOPS = [
  ["鲜果小铺", "杭州鲜果小铺贸易有限公司"],
  ["云杉便利店", "上海云杉商贸有限公司"],
  ["青禾茶饮", "成都青禾餐饮管理有限公司"],
  ["星河数码", "深圳星河数码科技有限公司"],
];
const BANKS = ["江南银行", "北岭农商银行"];

/** @typedef {{ theme: string; rand: () => number }} RenderInput */

/** @type {<T>(rand: () => number, list: readonly T[]) => T} */
const pick = (rand, list) => /** @type {any} */ (list[Math.floor(rand() * list.length)]);
/** @type {(rand: () => number, n: number) => string} */
const digits = (rand, n) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10))).join("");
/** @param {number} n */
const pad = (n) => String(n).padStart(2, "0");
/** @param {() => number} rand */
const maskedName = (rand) => `${pick(rand, SURNAMES)}*${pick(rand, GIVEN)}`;

/** An amount in fen and its grouped yuan text ("3,000.00"). */
/** @param {() => number} rand */
function amount(rand) {
  const fen = BigInt(Math.floor(rand() * 5_000_00) + 1_00) * (rand() < 0.4 ? 100n : 1n);
  const yuan = fen / 100n;
  const text = `${yuan.toLocaleString("en-US")}.${pad(Number(fen % 100n))}`;
  return { fen: fen.toString(), text };
}

/** A Beijing wall time in late 2026 and the instant it names. */
/** @param {() => number} rand @param {{ withSeconds?: boolean }} [options] */
function moment(rand, { withSeconds = true } = {}) {
  const month = 11 + Math.floor(rand() * 2);
  const day = 1 + Math.floor(rand() * 28);
  const hour = Math.floor(rand() * 24);
  const minute = Math.floor(rand() * 60);
  const second = withSeconds ? Math.floor(rand() * 60) : 0;
  const iso = new Date(Date.UTC(2026, month - 1, day, hour - 8, minute, second)).toISOString();
  const clock = `${pad(hour)}:${pad(minute)}${withSeconds ? `:${pad(second)}` : ""}`;
  return {
    iso,
    zh: `2026年${month}月${day}日 ${clock}`,
    dash: `2026-${pad(month)}-${pad(day)} ${clock}`,
    later: `2026年${month}月${day}日 ${pad(Math.min(hour + 1, 23))}:${pad(minute)}${withSeconds ? ":00" : ""}`,
  };
}

/** @param {string} theme @param {string} body */
function page(theme, body, extraCss = "") {
  const dark = theme === "dark";
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{margin:0;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;background:${dark ? "#111" : "#f5f5f5"};color:${dark ? "#e6e6e6" : "#191919"}}
  .bar{height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;font-size:14px;font-weight:600}
  .nav{height:44px;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative}
  .nav:before{content:"‹";position:absolute;left:14px;font-size:28px}
  .head{text-align:center;padding:28px 16px 22px}
  .icon{width:56px;height:56px;border-radius:50%;margin:0 auto 12px;background:#07c160}
  .title{font-size:16px}
  .amount{font-size:38px;font-weight:600;margin-top:10px;letter-spacing:.5px}
  .status{font-size:14px;color:${dark ? "#9a9a9a" : "#888"};margin-top:8px}
  .card{background:${dark ? "#1e1e1e" : "#fff"};margin:0 0 10px;padding:6px 16px}
  .row{display:flex;padding:9px 0;font-size:14px;line-height:1.5}
  .row .k{flex:0 0 92px;color:${dark ? "#8a8a8a" : "#888"}}
  .row .v{flex:1;word-break:break-all}
  .note{font-size:13px;color:${dark ? "#777" : "#999"};text-align:center;padding:14px 24px}
  ${extraCss}
  </style></head><body>
  <div class="bar"><span>21:47</span><span>5G ▮▮▮ 86%</span></div>${body}</body></html>`;
}

/** @type {(k: string, v: string) => string} */
const row = (k, v) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;

/** WeChat, sender's view, before the payee accepts. No seconds in its time. */
/** @param {RenderInput} input */
function wechatPending({ theme, rand }) {
  const name = maskedName(rand);
  const money = amount(rand);
  const at = moment(rand, { withSeconds: false });
  const id = `10000${digits(rand, 27)}`;
  const html = page(
    theme,
    `<div class="nav"></div><div class="head"><div class="icon"></div><div class="title">待${name}确认收款</div>
    <div class="amount">￥${money.text}</div></div>
    <div class="note">1天内对方未收款，将退还给你。提醒对方收款</div>
    <div class="card">${row("转账时间", at.zh)}${row("转账单号", id)}</div>`,
  );
  return {
    html,
    expect: { platform: "WECHAT_PAY", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: name },
  };
}

/** WeChat bill detail of a sent transfer: 收钱时间 after 转账时间. */
/** @param {RenderInput} input */
function wechatSent({ theme, rand }) {
  const name = maskedName(rand);
  const money = amount(rand);
  const at = moment(rand);
  const id = `10000${digits(rand, 27)}`;
  const html = page(
    theme,
    `<div class="nav">账单详情</div><div class="head"><div class="icon"></div><div class="title">转给${name}</div>
    <div class="amount">-${money.text}</div></div>
    <div class="card">${row("当前状态", "对方已收钱")}${row("转账说明", "货款")}${row("收钱时间", at.later)}${row("转账时间", at.zh)}${row("支付方式", "零钱")}${row("转账单号", id)}</div>`,
  );
  return {
    html,
    expect: { platform: "WECHAT_PAY", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: name },
  };
}

/** WeChat, after the payee accepted: no name is shown, only 已收款. */
/** @param {RenderInput} input */
function wechatReceived({ theme, rand }) {
  const money = amount(rand);
  const at = moment(rand);
  const html = page(
    theme,
    `<div class="nav"></div><div class="head"><div class="icon"></div><div class="title">已收款</div>
    <div class="amount">￥${money.text}</div><div class="status">已存入对方零钱</div></div>
    <div class="card">${row("转账时间", at.zh)}${row("收款时间", at.later)}</div>`,
  );
  return {
    html,
    expect: {
      platform: "WECHAT_PAY",
      amountFen: money.fen,
      occurredAt: at.iso,
      transactionId: null,
      counterparty: null,
    },
  };
}

/** WeChat merchant payment: short name on top, 商户全称 below, 商户单号 after 交易单号. */
/** @param {RenderInput} input */
function wechatMerchant({ theme, rand }) {
  const [short, full] = pick(rand, SHOPS);
  const money = amount(rand);
  const at = moment(rand);
  const id = `42000${digits(rand, 23)}`;
  const html = page(
    theme,
    `<div class="nav">账单详情</div><div class="head"><div class="icon" style="background:#fa9d3b"></div><div class="title">${short}</div>
    <div class="amount">-${money.text}</div></div>
    <div class="card">${row("当前状态", "支付成功")}${row("支付时间", at.zh)}${row("商品", "门店消费")}${row("商户全称", full)}${row("收单机构", "财付通支付科技有限公司")}${row("支付方式", "零钱")}${row("交易单号", id)}${row("商户单号", `M${digits(rand, 20)}`)}</div>`,
  );
  return {
    html,
    expect: { platform: "WECHAT_PAY", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: full },
  };
}

const ALIPAY_CSS = ".icon{background:#1677ff}";

/** Alipay transfer: the payee in 对方账户 with a masked phone number. */
/** @param {RenderInput} input */
function alipayTransfer({ theme, rand }) {
  const name = maskedName(rand);
  const money = amount(rand);
  const at = moment(rand);
  const id = `2026${digits(rand, 28)}`;
  const html = page(
    theme,
    `<div class="nav">账单详情</div><div class="head"><div class="icon"></div><div class="title">转账-${name}</div>
    <div class="amount">-${money.text}</div><div class="status">交易成功</div></div>
    <div class="card">${row("付款方式", "余额宝")}${row("转账备注", "定金")}${row("对方账户", `${name} 138******${digits(rand, 2)}`)}${row("创建时间", at.dash)}${row("订单号", id)}</div>`,
    ALIPAY_CSS,
  );
  return {
    html,
    expect: { platform: "ALIPAY", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: name },
  };
}

/** Alipay payment to a merchant: 创建时间 before 支付时间, 商家订单号 beside 订单号. */
/** @param {RenderInput} input */
function alipayPayment({ theme, rand }) {
  const [short, full] = pick(rand, SHOPS);
  const money = amount(rand);
  const at = moment(rand);
  const created = `${at.dash.slice(0, 11)}00:00:01`;
  const id = `2026${digits(rand, 24)}`;
  const html = page(
    theme,
    `<div class="nav">账单详情</div><div class="head"><div class="icon"></div><div class="title">${short}</div>
    <div class="amount">-${money.text}</div><div class="status">交易成功</div></div>
    <div class="card">${row("创建时间", created)}${row("支付时间", at.dash)}${row("付款方式", "花呗")}${row("商品说明", "线上订单")}${row("收款方全称", full)}${row("订单号", id)}${row("商家订单号", `T${digits(rand, 19)}`)}</div>`,
    ALIPAY_CSS,
  );
  return {
    html,
    expect: { platform: "ALIPAY", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: full },
  };
}

/** A bank app's transfer result: amount in words and a fee under the amount, a wrapped 流水号. */
/** @param {RenderInput} input */
function bankResult({ theme, rand }) {
  const name = maskedName(rand);
  const money = amount(rand);
  const at = moment(rand);
  const id = `${digits(rand, 4)}${digits(rand, 20)}`;
  const html = page(
    theme,
    `<div class="nav">${pick(rand, BANKS)}</div><div class="head"><div class="icon" style="background:#c8102e"></div><div class="title">转账成功</div>
    <div class="amount">¥${money.text}</div><div class="status">大写：叁仟元整</div></div>
    <div class="card">${row("收款户名", name)}${row("收款账号", `6222 **** **** ${digits(rand, 4)}`)}${row("收款银行", pick(rand, BANKS))}${row("手续费", "¥5.00")}${row("交易时间", at.dash)}${row("交易流水号", id)}</div>`,
    ".row .k{flex-basis:96px}",
  );
  return {
    html,
    expect: { platform: "BANK", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: name },
  };
}

/** A bank's electronic receipt (电子回单): 回单编号 first, 金额（小写） and （大写）, labels with colons. */
/** @param {RenderInput} input */
function bankReceipt({ theme, rand }) {
  const name = maskedName(rand);
  const money = amount(rand);
  const at = moment(rand);
  const id = digits(rand, 22);
  /** @type {(k: string, v: string) => string} */
  const line = (k, v) => `<div class="row"><span class="k">${k}：</span><span class="v">${v}</span></div>`;
  const html = page(
    theme,
    `<div class="nav">电子回单</div><div class="card" style="margin:12px;border:1px solid ${theme === "dark" ? "#444" : "#ccc"}">
    <div style="text-align:center;font-size:18px;padding:10px 0">${pick(rand, BANKS)}转账电子回单</div>
    ${line("回单编号", `HD${digits(rand, 14)}`)}${line("付款人户名", "用户本人")}${line("付款账号", `6217 **** **** ${digits(rand, 4)}`)}${line("收款人户名", name)}${line("收款账号", `6230 **** **** ${digits(rand, 4)}`)}
    ${line("金额（小写）", `${money.text}元`)}${line("金额（大写）", "人民币叁仟元整")}${line("手续费", "0.00元")}${line("交易时间", at.dash)}${line("交易流水号", id)}</div>`,
    ".row .k{flex-basis:108px}",
  );
  return {
    html,
    expect: { platform: "BANK", amountFen: money.fen, occurredAt: at.iso, transactionId: id, counterparty: name },
  };
}

export const templates = [
  { name: "wechat-transfer-pending", render: wechatPending },
  { name: "wechat-transfer-sent", render: wechatSent },
  { name: "wechat-transfer-received", render: wechatReceived },
  { name: "wechat-merchant", render: wechatMerchant },
  { name: "alipay-transfer", render: alipayTransfer },
  { name: "alipay-payment", render: alipayPayment },
  { name: "bank-result", render: bankResult },
  { name: "bank-receipt", render: bankReceipt },
];

/** @param {RenderInput} input */
function chat({ theme, rand }) {
  const name = maskedName(rand);
  /** @type {(text: string, mine: boolean) => string} */
  const bubble = (text, mine) =>
    `<div style="display:flex;justify-content:${mine ? "flex-end" : "flex-start"};padding:8px 12px"><div style="max-width:70%;padding:9px 12px;border-radius:6px;font-size:15px;background:${mine ? "#95ec69" : theme === "dark" ? "#2c2c2c" : "#fff"};color:${mine ? "#111" : "inherit"}">${text}</div></div>`;
  return page(
    theme,
    `<div class="nav">${name}</div><div class="note">昨天 21:30</div>
    ${bubble("在吗？那个名额还有吗", true)}${bubble("有的，先交定金锁定", false)}
    ${bubble('<div style="background:#fa9d3b;color:#fff;padding:6px 10px;border-radius:4px;width:180px">￥3,000.00<br><small>转账</small></div>', true)}
    ${bubble("收到了，明天给你安排", false)}${bubble("好的，谢谢", true)}`,
  );
}

/** @param {RenderInput} input */
function photo({ rand }) {
  const blobs = Array.from(
    { length: 14 },
    () =>
      `<div style="position:absolute;left:${Math.floor(rand() * 90)}%;top:${Math.floor(rand() * 90)}%;width:${80 + Math.floor(rand() * 200)}px;height:${80 + Math.floor(rand() * 200)}px;border-radius:50%;filter:blur(18px);background:hsl(${Math.floor(rand() * 360)},60%,55%)"></div>`,
  ).join("");
  return `<!doctype html><html><body style="margin:0;height:100vh;overflow:hidden;position:relative;background:linear-gradient(#6a9fd8,#d9c7a0 60%,#5b7b3a)">${blobs}</body></html>`;
}

/** @param {RenderInput} input */
function blank({ theme }) {
  return `<!doctype html><html><body style="margin:0;background:${theme === "dark" ? "#000" : "#fff"}"></body></html>`;
}

/** @param {RenderInput} input */
function article({ theme }) {
  /** @param {string} text */
  const p = (text) => `<p style="font-size:16px;line-height:1.8;margin:0 16px 14px">${text}</p>`;
  return page(
    theme,
    `<div class="nav">公众号文章</div><h1 style="font-size:22px;margin:12px 16px">被骗后，这些证据一定要保存好</h1>
    ${p("很多人被骗后第一时间删除了聊天记录，这是不对的。请先截图保存转账时间、交易单号和收款方信息。")}
    ${p("比如一笔¥3,000.00的转账，要在账单详情里找到转账单号，再到派出所报案。")}
    ${p("如果是银行转账，可以在手机银行下载电子回单，回单上有交易流水号和手续费。")}
    ${p("最后提醒：任何要求先交定金的兼职都是诈骗。")}`,
  );
}

export const negatives = [
  { name: "chat", render: chat },
  { name: "chat-dark", render: chat, theme: "dark" },
  { name: "photo", render: photo },
  { name: "blank", render: blank },
  { name: "article", render: article },
];
