export * from './blocks';
export * from './html';
export * from './docx';
export * from './pdf';
export * from './diff-units';
