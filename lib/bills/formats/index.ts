import { alipayMobile } from "./alipay-mobile";
import { alipayWeb } from "./alipay-web";
import type { BillFormat } from "./format";
import { wechatPay } from "./wechat-pay";

/** Every layout parseBill knows. A new one is a file in this folder and a line here. */
export const BILL_FORMATS: readonly BillFormat[] = [wechatPay, alipayMobile, alipayWeb];

export type { BillColumn, BillFormat, BillRowFields, RowReader } from "./format";
