// Reading: files of any supported format into typed articles, with every problem located.
export * from './columns';
export * from './dataset-formats';
export * from './date-formats';
export * from './encoding';
export * from './read';
export * from './records';
export * from './tables';
export * from './txt';
