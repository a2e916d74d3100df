import { join } from 'node:path';
import { findExportFiles, readExports } from '../../../src/import/importer.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
export const readFixture = (...paths: string[]) => readExports(findExportFiles(paths.map((path) => fixture(path))));
