/** Role on the whole platform; roles inside a space come with the spaces issue. Keys equal values: GraphQL exposes the keys. */
export enum PlatformRole {
  ADMIN = 'ADMIN',
  USER = 'USER',
}
