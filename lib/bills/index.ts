export { parseBill, MAX_BILL_BYTES } from "./parse-bill";
export { billErrorMessageKey } from "./errors";
export { BILL_FORMATS, type BillFormat, type BillColumn, type RowReader } from "./formats";
export { isFormulaLike, neutraliseFormula, parseAmountFen, parseBeijingTime } from "./values";
export { ZIP_LIMITS } from "./read-zip";
export { toBillRowView, toBillPreview, type BillRowView, type BillPreview } from "./bill-row-view";
export { billRowUse, type BillRowUse } from "./row-use";
export { filterBillRows, sortNewestFirst, beijingDate, EMPTY_FILTER, type BillRowFilter } from "./filter-rows";
export {
  BILL_ERROR_CODES,
  type BillDirection,
  type BillErrorCode,
  type BillPlatform,
  type BillRow,
  type BillTextField,
  type ParseBillResult,
} from "./types";
