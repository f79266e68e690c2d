export * from './schema';
export * from './profile';
export * from './contract';
export * from './household';
export * from './sites';
export * from './gp-identity';
export * from './medecin-traitant';
