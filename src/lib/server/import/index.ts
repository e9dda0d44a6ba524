// Importing article files into the store: plan (read and validate, nothing written), then commit.
export * from './archive';
export * from './commit';
export * from './date-column';
export * from './manifests';
export * from './mappings';
export * from './outlets';
export * from './plan';
export * from './plan-file';
