import type { Bilingual } from "./rule-types";

/**
 * Citations, readable as shown to users. Each one is listed, with what was
 * taken from it, in docs/domain/sources.md (a test checks every zh-CN title
 * appears there), so a citation never points outside the repository.
 */
const cite = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, en });

export const SOURCES = {
  civilCode188: cite("《民法典》第一百八十八条", "Civil Code art. 188"),
  civilProcedure104: cite("《民事诉讼法》第一百零四条", "Civil Procedure Law art. 104"),
  consumerProtection25: cite("《消费者权益保护法》第二十五条", "Consumer Rights Protection Law art. 25"),
  insuranceLaw26: cite("《保险法》第二十六条", "Insurance Law art. 26"),
  freezeNotice: cite("法院冻结裁定书、协助执行通知书", "The court's freeze ruling and notice"),
  wechatAppeal: cite("微信支付 客服申诉处理时效", "WeChat Pay: customer-service appeal handling times"),
  wechatComplaint: cite("微信支付 交易投诉处理时效", "WeChat Pay: complaint handling times"),
  wechatStatements: cite("微信支付 零钱明细查询范围", "WeChat Pay: how far back the wallet history goes"),
  wechatRiskFreeze: cite("微信支付 账户异常冻结处理", "WeChat Pay: unfreezing a risk-control freeze"),
  wechatOrderDispute: cite("微信支付 商户订单争议处理", "WeChat Pay: merchant order disputes"),
  wechatInsurance: cite("微信支付 百万保障理赔", "WeChat Pay: account-security insurance claims"),
  wechatJudicial: cite("微信支付 司法协助", "WeChat Pay: assistance to the police and courts"),
  wechatDelayedArrival: cite("微信支付 转账延迟到账", "WeChat Pay: delayed-arrival transfers"),
  alipayCantPay: cite("支付宝 账户不能支付的排查", "Alipay: when the account cannot pay"),
  okpayHelp: cite("OKPay 账户冻结与客服", "OKPay: frozen accounts and customer service"),
  officialChannels: cite("官方渠道", "Official channels"),
} as const;

/** Several citations in one line: zh-CN joined with "；", en with "; ". */
export function cites(...sources: readonly Bilingual[]): Bilingual {
  return { "zh-CN": sources.map((s) => s["zh-CN"]).join("；"), en: sources.map((s) => s.en).join("; ") };
}
