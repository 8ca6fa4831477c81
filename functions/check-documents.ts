/** Placeholder until the use case lands: the CDK app bundles this entry. */
export const handler = async (): Promise<never> => {
  throw new Error('check-documents: not implemented yet');
};
