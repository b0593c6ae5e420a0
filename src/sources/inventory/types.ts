import type { Resource } from '../../model/core/index.js';
import type { InputError } from '../../shared/errors.js';

/** What an inventory importer returns: model resources, errors as data, and what it could not map. */
export interface InventoryImportResult {
  readonly format: string;
  readonly resources: Resource[];
  readonly errors: InputError[];
  readonly filesScanned: string[];
  readonly filesFailed: string[];
  /** Record counts of resource types the importer does not map yet, so users see the coverage. */
  readonly unmappedTypes: Readonly<Record<string, number>>;
  /** Records skipped because they describe deleted or unrecorded resources. */
  readonly skippedRecords: number;
}
