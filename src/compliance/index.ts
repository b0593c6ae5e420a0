/**
 * Compliance: frameworks (data) evaluated against a scan's findings, and the reports of the result.
 * May import model, findings, frameworks and shared; never sources or cli.
 */
export * from './types.js';
export { evaluateCompliance, evaluateFramework, evaluateRequirement, findingsByRule, scopeOf, scoreOf } from './evaluate.js';
export { renderComplianceTable, type ComplianceTableOptions } from './render/table.js';
export { renderComplianceJson } from './render/json.js';
export { renderComplianceCsv, COMPLIANCE_CSV_COLUMNS } from './render/csv.js';
export { renderCompliancePdf, type CompliancePdfOptions } from './pdf/index.js';
export { choosePdfFont, familyOf, type PdfFontFiles } from './pdf/fonts.js';
