/**
 * Mainland-China statutory holidays and 调休 make-up working days, copied line
 * by line from the State Council General Office's yearly notice
 * (国务院办公厅关于X年部分节假日安排的通知). Lookups are keyed by civil date,
 * not by notice year: the 2023 notice, for instance, gives 2022-12-31 off.
 *
 * Adding a year = appending one entry. A year without an entry falls back to
 * Monday–Friday and is reported as unconfirmed.
 */
export interface HolidayArrangement {
  /** Festival as named in the notice. */
  readonly festival: string;
  /** First and last day off, inclusive, as printed ("1月28日至2月4日放假调休"). */
  readonly off: readonly [first: string, last: string];
  /** Weekend days worked in exchange (调休上班), if any. */
  readonly work?: readonly string[];
}

export interface HolidayYear {
  readonly year: number;
  /** The notice (title, document number, date) the entry copies, and any amendment. */
  readonly notice: string;
  readonly arrangements: readonly HolidayArrangement[];
}

export const HOLIDAYS_CN: readonly HolidayYear[] = [
  {
    year: 2020,
    notice:
      "国务院办公厅关于2020年部分节假日安排的通知 国办发明电〔2019〕16号 (2019-11-21); 春节 amended by 国务院办公厅关于延长2020年春节假期的通知 国办发明电〔2020〕1号 (2020-01-27)",
    arrangements: [
      { festival: "元旦", off: ["2020-01-01", "2020-01-01"] },
      // Extended to Sun 2/2; Sat 2/1, first scheduled as a make-up day, became a day off. Work resumed Mon 2/3.
      { festival: "春节", off: ["2020-01-24", "2020-02-02"], work: ["2020-01-19"] },
      { festival: "清明节", off: ["2020-04-04", "2020-04-06"] },
      { festival: "劳动节", off: ["2020-05-01", "2020-05-05"], work: ["2020-04-26", "2020-05-09"] },
      { festival: "端午节", off: ["2020-06-25", "2020-06-27"], work: ["2020-06-28"] },
      { festival: "国庆节、中秋节", off: ["2020-10-01", "2020-10-08"], work: ["2020-09-27", "2020-10-10"] },
    ],
  },
  {
    year: 2021,
    notice: "国务院办公厅关于2021年部分节假日安排的通知 国办发明电〔2020〕27号 (2020-11-25)",
    arrangements: [
      { festival: "元旦", off: ["2021-01-01", "2021-01-03"] },
      { festival: "春节", off: ["2021-02-11", "2021-02-17"], work: ["2021-02-07", "2021-02-20"] },
      { festival: "清明节", off: ["2021-04-03", "2021-04-05"] },
      { festival: "劳动节", off: ["2021-05-01", "2021-05-05"], work: ["2021-04-25", "2021-05-08"] },
      { festival: "端午节", off: ["2021-06-12", "2021-06-14"] },
      { festival: "中秋节", off: ["2021-09-19", "2021-09-21"], work: ["2021-09-18"] },
      { festival: "国庆节", off: ["2021-10-01", "2021-10-07"], work: ["2021-09-26", "2021-10-09"] },
    ],
  },
  {
    year: 2022,
    notice: "国务院办公厅关于2022年部分节假日安排的通知 国办发明电〔2021〕11号 (2021-10-25)",
    arrangements: [
      { festival: "元旦", off: ["2022-01-01", "2022-01-03"] },
      { festival: "春节", off: ["2022-01-31", "2022-02-06"], work: ["2022-01-29", "2022-01-30"] },
      { festival: "清明节", off: ["2022-04-03", "2022-04-05"], work: ["2022-04-02"] },
      { festival: "劳动节", off: ["2022-04-30", "2022-05-04"], work: ["2022-04-24", "2022-05-07"] },
      { festival: "端午节", off: ["2022-06-03", "2022-06-05"] },
      { festival: "中秋节", off: ["2022-09-10", "2022-09-12"] },
      { festival: "国庆节", off: ["2022-10-01", "2022-10-07"], work: ["2022-10-08", "2022-10-09"] },
    ],
  },
  {
    year: 2023,
    notice: "国务院办公厅关于2023年部分节假日安排的通知 国办发明电〔2022〕16号 (2022-12-08)",
    arrangements: [
      { festival: "元旦", off: ["2022-12-31", "2023-01-02"] },
      { festival: "春节", off: ["2023-01-21", "2023-01-27"], work: ["2023-01-28", "2023-01-29"] },
      { festival: "清明节", off: ["2023-04-05", "2023-04-05"] },
      { festival: "劳动节", off: ["2023-04-29", "2023-05-03"], work: ["2023-04-23", "2023-05-06"] },
      { festival: "端午节", off: ["2023-06-22", "2023-06-24"], work: ["2023-06-25"] },
      { festival: "中秋节、国庆节", off: ["2023-09-29", "2023-10-06"], work: ["2023-10-07", "2023-10-08"] },
    ],
  },
  {
    year: 2024,
    notice: "国务院办公厅关于2024年部分节假日安排的通知 国办发明电〔2023〕7号 (2023-10-25)",
    arrangements: [
      { festival: "元旦", off: ["2024-01-01", "2024-01-01"] },
      // Eve (Fri 2/9) was only "encouraged" as leave, not given: it stays a working day.
      { festival: "春节", off: ["2024-02-10", "2024-02-17"], work: ["2024-02-04", "2024-02-18"] },
      { festival: "清明节", off: ["2024-04-04", "2024-04-06"], work: ["2024-04-07"] },
      { festival: "劳动节", off: ["2024-05-01", "2024-05-05"], work: ["2024-04-28", "2024-05-11"] },
      { festival: "端午节", off: ["2024-06-10", "2024-06-10"] },
      { festival: "中秋节", off: ["2024-09-15", "2024-09-17"], work: ["2024-09-14"] },
      { festival: "国庆节", off: ["2024-10-01", "2024-10-07"], work: ["2024-09-29", "2024-10-12"] },
    ],
  },
  {
    year: 2025,
    notice: "国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号 (2024-11-12)",
    arrangements: [
      { festival: "元旦", off: ["2025-01-01", "2025-01-01"] },
      { festival: "春节", off: ["2025-01-28", "2025-02-04"], work: ["2025-01-26", "2025-02-08"] },
      { festival: "清明节", off: ["2025-04-04", "2025-04-06"] },
      { festival: "劳动节", off: ["2025-05-01", "2025-05-05"], work: ["2025-04-27"] },
      { festival: "端午节", off: ["2025-05-31", "2025-06-02"] },
      { festival: "国庆节、中秋节", off: ["2025-10-01", "2025-10-08"], work: ["2025-09-28", "2025-10-11"] },
    ],
  },
  {
    year: 2026,
    notice: "国务院办公厅关于2026年部分节假日安排的通知 国办发明电〔2025〕7号 (2025-11-04)",
    arrangements: [
      { festival: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
      { festival: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
      { festival: "清明节", off: ["2026-04-04", "2026-04-06"] },
      { festival: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
      { festival: "端午节", off: ["2026-06-19", "2026-06-21"] },
      { festival: "中秋节", off: ["2026-09-25", "2026-09-27"] },
      { festival: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
    ],
  },
];
