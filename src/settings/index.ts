export * from './profile';
export * from './sites';
