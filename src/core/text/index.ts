/**
 * All user-facing Vietnamese text lives under src/core/text: core.ts (validation, catalogue,
 * workbook), ui.ts (menu, sidebar, Sheets dialogs), local.ts (the offline CLI), report.ts (the
 * year-end report), cycle.ts (appraisal, round lock, new year), periodic.ts (periodic and
 * self-inspection reports, the data-quality notice), diagnostics.ts (Kiểm tra cài đặt), evidence.ts
 * (uploading evidence to Drive, the upload log), pack.ts (the evidence pack and sharing its folder).
 * Nothing else in src/ holds a Vietnamese sentence shown to users.
 */
export * from './core';
export * from './ui';
export * from './local';
export * from './report';
export * from './cycle';
export * from './import';
export * from './periodic';
export * from './diagnostics';
export * from './rollup';
export * from './unit';
export * from './evidence';
export * from './pack';
