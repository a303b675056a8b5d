/** What `--help` says of `--code` and `--edition`, which match and verify share, in both UI languages. */
export const CODE_OPTION_HELP = {
  code: {
    en: "The occupation code filed (any list edition)",
    ko: "신청한 직종코드(어느 목록 판이든)",
  },
  edition: {
    en: "List edition of --code (2026-09, ksco7-list, ksco6-list)",
    ko: "--code의 목록 판(2026-09, ksco7-list, ksco6-list)",
  },
} as const;
