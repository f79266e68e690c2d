export * from './schema';
export * from './profile';
export * from './sites';
