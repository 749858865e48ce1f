import type { CaseFacts, CaseKind } from "../case-input";
import type { Bilingual } from "../catalog/rule-types";

export interface TelLink {
  /** Digits only, ready for a `tel:` link. */
  readonly number: string;
  readonly label: Bilingual;
}

export interface FirstMove {
  readonly text: Bilingual;
  readonly tel?: readonly TelLink[];
}

const POLICE: TelLink = { number: "110", label: { "zh-CN": "报警电话110", en: "Police 110" } };
const ANTI_FRAUD: TelLink = { number: "96110", label: { "zh-CN": "反诈专线96110", en: "Anti-fraud line 96110" } };
const WECHAT_PAY: TelLink = { number: "95017", label: { "zh-CN": "微信支付客服95017", en: "WeChat Pay 95017" } };
const ALIPAY: TelLink = { number: "95188", label: { "zh-CN": "支付宝客服95188", en: "Alipay 95188" } };

const COMPLAINT: FirstMove = {
  text: {
    "zh-CN": "在应用里打开这笔转账的账单详情，发起交易投诉，原因选“转账错误”，附上转账截图和交易单号",
    en: 'Open the transfer\'s bill details in the app and file a complaint with the reason "transferred by mistake"; attach the screenshot and the transaction number',
  },
};

const CANCEL_IF_DELAYED: FirstMove = {
  text: {
    "zh-CN": "如果转账时选了延迟到账（2小时或24小时），趁到账前立即联系平台客服申请撤回",
    en: "If you chose delayed arrival (2 h or 24 h) when sending, contact the platform's customer service at once to stop it before it arrives",
  },
  tel: [WECHAT_PAY, ALIPAY],
};

const CANCEL_NOW: FirstMove = {
  text: {
    "zh-CN": "转账选了延迟到账：趁到账前立即联系平台客服申请撤回",
    en: "You chose delayed arrival: contact the platform's customer service at once to stop the transfer before it arrives",
  },
  tel: [WECHAT_PAY, ALIPAY],
};

const MOVES: Readonly<Record<Exclude<CaseKind, "MISDIRECTED_TRANSFER">, readonly FirstMove[]>> = {
  FRAUD: [
    {
      text: {
        "zh-CN": "立即拨打110或反诈专线96110报警，最迟在发现后48小时内报案：越早报案，拦截资金的机会越大",
        en: "Call the police (110) or the anti-fraud line (96110) now, and report within 48 hours of finding out: the sooner, the better the chance to intercept the money",
      },
      tel: [POLICE, ANTI_FRAUD],
    },
    {
      text: {
        "zh-CN": "在支付应用的账单详情页发起“举报诈骗”，并保存聊天记录、转账凭证和对方账号信息",
        en: "Report the fraud from the payment's bill details page in the app, and keep the chat records, transfer vouchers and the fraudster's account details",
      },
    },
  ],
  MERCHANT_DISPUTE: [
    {
      text: {
        "zh-CN": "在交易详情页发起售后或投诉商户；线上购买的商品，收货后7天内可申请无理由退货",
        en: "Ask for after-sales service or complain about the merchant from the transaction's details page; goods bought online can be returned without a reason within 7 days of receipt",
      },
    },
  ],
  INSURANCE_CLAIM: [
    {
      text: {
        "zh-CN": "发现被盗刷后48小时内向保险公司报案，并向公安机关报警取得立案回执",
        en: "Report the theft to the insurer within 48 hours of finding it, and report it to the police to get a filing receipt",
      },
      tel: [POLICE],
    },
    {
      text: {
        "zh-CN": "在支付应用的保险服务中查看保单是否有效，保存交易截图和设备登录记录",
        en: "Check in the payment app's insurance section that the policy is active; keep transaction screenshots and device login records",
      },
    },
  ],
  JUDICIAL_FREEZE: [
    {
      text: {
        "zh-CN": "账户被法院冻结：看清通知书上的法院、案号和冻结期限，联系该法院了解原因，建议咨询律师",
        en: "If a court froze your account: note the court, case number and expiry on the notice, contact that court to learn why, and consult a lawyer",
      },
    },
    {
      text: {
        "zh-CN": "申请冻结对方资金：向法院申请诉前财产保全；法院受理后48小时内裁定，保全后30日内必须起诉或申请仲裁",
        en: "To freeze the other side's funds: apply to a court for pre-suit preservation; the court rules within 48 hours of accepting, and you must sue or arbitrate within 30 days of the preservation",
      },
    },
  ],
  ACCOUNT_RESTRICTED: [
    {
      text: {
        "zh-CN":
          "先按自查清单排查，再联系平台官方客服问清受限原因（微信支付95017，支付宝95188，OKPay在应用内联系客服）",
        en: "Go through the self-check list, then ask the platform's official customer service why the account is restricted (WeChat Pay 95017, Alipay 95188, OKPay through its in-app service)",
      },
      tel: [WECHAT_PAY, ALIPAY],
    },
    {
      text: {
        "zh-CN": "按客服要求准备身份证明或交易凭证；不要相信收费“解冻”或“代追款”服务",
        en: 'Prepare the ID or transaction records customer service asks for; never trust paid "unfreezing" or "recovery" services',
      },
    },
  ],
};

/**
 * The first thing to do on a fresh case, most urgent first (docs/domain/deadline-rules.md).
 * For a misdirected transfer, `facts.delayedArrivalHours` decides whether
 * stopping the transfer comes first; unknown (no facts) keeps it as a conditional second step.
 */
export function firstMoves(
  kind: CaseKind,
  facts?: Pick<CaseFacts, "delayedArrivalHours" | "platform">,
): readonly FirstMove[] {
  let moves: readonly FirstMove[];
  if (kind === "MISDIRECTED_TRANSFER") {
    if (facts?.delayedArrivalHours) moves = [CANCEL_NOW, COMPLAINT];
    else moves = facts ? [COMPLAINT] : [COMPLAINT, CANCEL_IF_DELAYED];
  } else {
    const own = MOVES[kind];
    if (!own) throw new RangeError(`Unknown case kind "${String(kind)}"`);
    moves = own;
  }
  return facts?.platform ? moves.map((move) => forPlatform(move, facts.platform!)) : moves;
}

const LINE_OF: Readonly<Record<string, TelLink>> = { WECHAT_PAY, ALIPAY };

/** With the platform known, a platform's line only for that platform (OKPay, banks: none to dial). */
function forPlatform(move: FirstMove, platform: NonNullable<CaseFacts["platform"]>): FirstMove {
  if (!move.tel) return move;
  const tel = move.tel.filter((t) => (t === WECHAT_PAY || t === ALIPAY ? LINE_OF[platform] === t : true));
  return tel.length ? { ...move, tel } : { text: move.text };
}
