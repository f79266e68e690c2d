export * from './schema';
export * from './profile';
export * from './sites';
export * from './gp-identity';
export * from './medecin-traitant';
