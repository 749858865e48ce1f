import type { EvidenceItem } from "./rule-types";

/** Evidence named by the sources (docs/domain/sources.md), shared by several rules. */
const item = (id: string, zh: string, en: string, fact?: EvidenceItem["fact"]): EvidenceItem => ({
  id,
  label: { "zh-CN": zh, en },
  ...(fact ? { fact } : {}),
});

export const EVIDENCE = {
  recipientRealName: item("recipient-real-name", "对方实名信息", "Recipient's real-name details"),
  transferScreenshot: item("transfer-screenshot", "转账截图", "Screenshot of the transfer"),
  // A number typed in the payment form, not a file.
  transactionNumber: item("transaction-number", "交易单号", "Transaction number", "paymentTransactionId"),
  paymentVoucher: item("payment-voucher", "支付凭证", "Payment voucher"),
  chatRecords: item("chat-records", "聊天记录截图", "Chat screenshots"),
  policeReceipt: item("police-receipt", "警方立案回执", "Police filing receipt"),
  fundFlow: item("fund-flow", "资金流向", "Where the money went (fund flow)"),
  fraudsterAccount: item("fraudster-account", "骗子账号信息", "Fraudster's account details"),
  transferVouchers: item("transfer-vouchers", "转账凭证", "Transfer vouchers"),
  idCard: item("id-card", "身份证", "ID card"),
  orderDetails: item("order-details", "订单详情", "Order details"),
  chatEvidence: item("chat-evidence", "聊天举证", "Chat evidence with the merchant"),
  nonPerformanceProof: item("non-performance-proof", "未履约证明（服务类）", "Proof the service was not delivered"),
  transactionScreenshots: item("transaction-screenshots", "交易截图", "Transaction screenshots"),
  deviceLoginRecords: item("device-login-records", "设备登录记录", "Device login records"),
  faceCheckFailures: item("face-check-failures", "人脸识别失败日志", "Failed face-recognition logs"),
  courtDocuments: item("court-documents", "法院通知书或裁定书", "Court notice or ruling"),
  idBothSides: item("id-both-sides", "双方身份证明", "ID of both parties"),
  undertaking: item("undertaking", "承诺书", "Signed undertaking"),
  idCardBothSides: item("id-card-both-sides", "身份证正反面照片", "Photos of both sides of your ID card"),
  accountDetails: item("account-details", "账户号码和问题描述", "Your account number and a description of the problem"),
  platformNotice: item(
    "platform-notice",
    "平台的通知（短信、邮件或站内消息）",
    "The platform's notice (SMS, email or in-app message)",
  ),
  recentTransactions: item("recent-transactions", "最近的交易记录和凭证", "Recent transaction records and vouchers"),
} as const;
