/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    id\n    email\n    name\n    role\n    languages\n    organization {\n      id\n      name\n    }\n  }\n}": typeof types.LoginDocument,
    "query StoreApiKeys($storeId: ID!) {\n  storeApiKeys(storeId: $storeId) {\n    id\n    storeId\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n}\n\nmutation CreateStoreApiKey($input: CreateStoreApiKeyInput!) {\n  createStoreApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      prefix\n      name\n    }\n  }\n}\n\nmutation RevokeStoreApiKey($id: ID!) {\n  revokeStoreApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.StoreApiKeysDocument,
    "query Stores {\n  stores {\n    id\n    name\n    marketplace\n    region\n    marketplaceId\n    timeZone\n    defaultLanguage\n    version\n  }\n}\n\nquery Users($first: Int, $after: String) {\n  users(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        email\n        name\n        role\n        languages\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateStore($input: UpdateStoreInput!) {\n  updateStore(input: $input) {\n    id\n    name\n    timeZone\n    defaultLanguage\n    version\n  }\n}": typeof types.StoresDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    id\n    email\n    name\n    role\n    languages\n    organization {\n      id\n      name\n    }\n  }\n}": types.LoginDocument,
    "query StoreApiKeys($storeId: ID!) {\n  storeApiKeys(storeId: $storeId) {\n    id\n    storeId\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n}\n\nmutation CreateStoreApiKey($input: CreateStoreApiKeyInput!) {\n  createStoreApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      prefix\n      name\n    }\n  }\n}\n\nmutation RevokeStoreApiKey($id: ID!) {\n  revokeStoreApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": types.StoreApiKeysDocument,
    "query Stores {\n  stores {\n    id\n    name\n    marketplace\n    region\n    marketplaceId\n    timeZone\n    defaultLanguage\n    version\n  }\n}\n\nquery Users($first: Int, $after: String) {\n  users(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        email\n        name\n        role\n        languages\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateStore($input: UpdateStoreInput!) {\n  updateStore(input: $input) {\n    id\n    name\n    timeZone\n    defaultLanguage\n    version\n  }\n}": types.StoresDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    id\n    email\n    name\n    role\n    languages\n    organization {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoreApiKeys($storeId: ID!) {\n  storeApiKeys(storeId: $storeId) {\n    id\n    storeId\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n}\n\nmutation CreateStoreApiKey($input: CreateStoreApiKeyInput!) {\n  createStoreApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      prefix\n      name\n    }\n  }\n}\n\nmutation RevokeStoreApiKey($id: ID!) {\n  revokeStoreApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"): typeof import('./graphql').StoreApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stores {\n  stores {\n    id\n    name\n    marketplace\n    region\n    marketplaceId\n    timeZone\n    defaultLanguage\n    version\n  }\n}\n\nquery Users($first: Int, $after: String) {\n  users(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        email\n        name\n        role\n        languages\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateStore($input: UpdateStoreInput!) {\n  updateStore(input: $input) {\n    id\n    name\n    timeZone\n    defaultLanguage\n    version\n  }\n}"): typeof import('./graphql').StoresDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
