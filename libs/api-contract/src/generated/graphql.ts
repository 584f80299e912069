/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateStoreApiKeyInput = {
  name: string;
  storeId: string | number;
};

/** MFN = seller-fulfilled, AFN = FBA, ALL = both. */
export type FulfillmentScope =
  | 'AFN'
  | 'ALL'
  | 'MFN';

export type HealthMetricKey =
  | 'ALIEXPRESS_POSITIVE_FEEDBACK_RATE'
  | 'A_TO_Z_CLAIM_RATE'
  | 'CHARGEBACK_RATE'
  | 'CUSTOMER_SERVICE_DISSATISFACTION_RATE'
  | 'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE'
  | 'EBAY_LATE_SHIPMENT_RATE'
  | 'EBAY_POSITIVE_FEEDBACK_RATE'
  | 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE'
  | 'EBAY_TRANSACTION_DEFECT_RATE'
  | 'LATE_RESPONSE_RATE_7D'
  | 'LATE_RESPONSE_RATE_30D'
  | 'LATE_RESPONSE_RATE_90D'
  | 'LATE_SHIPMENT_RATE_10D'
  | 'LATE_SHIPMENT_RATE_30D'
  | 'NEGATIVE_FEEDBACK_RATE'
  | 'ON_TIME_DELIVERY_RATE'
  | 'ORDER_DEFECT_RATE'
  | 'PRE_FULFILLMENT_CANCEL_RATE'
  | 'RETURN_DISSATISFACTION_RATE'
  | 'VALID_TRACKING_RATE';

export type HealthStatus =
  | 'BREACH'
  | 'OK'
  | 'WARNING';

export type Marketplace =
  | 'ALIEXPRESS'
  | 'AMAZON'
  | 'EBAY';

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'SUPERVISOR';

export type UpdateStoreInput = {
  defaultLanguage?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
  version: number;
};

export type AccountHealthQueryVariables = Exact<{
  storeId: string | number;
  asOf?: string | null | undefined;
}>;


export type AccountHealthQuery = { accountHealth: { storeId: string, asOf: string, accountStatus: string | null, amazonReportImportedAt: string | null, amazonAccountHealthRating: number | null, metrics: Array<{ key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, value: number | null, numerator: number, denominator: number, windowStart: string, windowEnd: string, warningAt: number | null, redLine: number | null, higherIsBetter: boolean, status: HealthStatus, defectBudget: number | null, amazon: { value: number | null, numerator: number | null, denominator: number | null, status: string | null, targetValue: number | null, targetCondition: string | null, windowStart: string | null, windowEnd: string | null, difference: number | null } | null }> } };

export type AccountHealthForecastQueryVariables = Exact<{
  storeId: string | number;
  asOf?: string | null | undefined;
}>;


export type AccountHealthForecastQuery = { accountHealth: { storeId: string, asOf: string, forecast: Array<{ key: HealthMetricKey, fulfillmentChannel: FulfillmentScope, points: Array<{ horizonDays: number, windowStart: string, windowEnd: string, value: number | null, expectedNumerator: number, expectedDenominator: number, status: HealthStatus }> }> } };

export type AccountHealthTrendQueryVariables = Exact<{
  storeId: string | number;
  key: HealthMetricKey;
  fulfillmentChannel?: FulfillmentScope | null | undefined;
  from: string;
  to: string;
}>;


export type AccountHealthTrendQuery = { accountHealthTrend: Array<{ day: string, value: number | null, numerator: number, denominator: number, status: HealthStatus, warningAt: number | null, redLine: number | null }> };

export type HealthAlertsQueryVariables = Exact<{
  storeId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HealthAlertsQuery = { healthAlerts: { edges: Array<{ cursor: string, node: { id: string, storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, level: HealthStatus, previousStatus: HealthStatus, value: number | null, numerator: number, denominator: number, line: number | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, refreshToken: string, expiresAt: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { token: string, refreshToken: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, languages: Array<string>, organization: { id: string, name: string } } };

export type StoreApiKeysQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StoreApiKeysQuery = { storeApiKeys: Array<{ id: string, storeId: string, name: string, prefix: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type CreateStoreApiKeyMutationVariables = Exact<{
  input: CreateStoreApiKeyInput;
}>;


export type CreateStoreApiKeyMutation = { createStoreApiKey: { key: string, apiKey: { id: string, prefix: string, name: string } } };

export type RevokeStoreApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeStoreApiKeyMutation = { revokeStoreApiKey: { id: string, revokedAt: string | null } };

export type StoresQueryVariables = Exact<{ [key: string]: never; }>;


export type StoresQuery = { stores: Array<{ id: string, name: string, marketplace: Marketplace, region: string, marketplaceId: string, timeZone: string, defaultLanguage: string, version: number }> };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string, email: string, name: string, role: Role, languages: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateStoreMutationVariables = Exact<{
  input: UpdateStoreInput;
}>;


export type UpdateStoreMutation = { updateStore: { id: string, name: string, timeZone: string, defaultLanguage: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AccountHealthDocument = new TypedDocumentString(`
    query AccountHealth($storeId: ID!, $asOf: DateTime) {
  accountHealth(storeId: $storeId, asOf: $asOf) {
    storeId
    asOf
    accountStatus
    amazonReportImportedAt
    amazonAccountHealthRating
    metrics {
      key
      fulfillmentChannel
      value
      numerator
      denominator
      windowStart
      windowEnd
      warningAt
      redLine
      higherIsBetter
      status
      defectBudget
      amazon {
        value
        numerator
        denominator
        status
        targetValue
        targetCondition
        windowStart
        windowEnd
        difference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountHealthQuery, AccountHealthQueryVariables>;
export const AccountHealthForecastDocument = new TypedDocumentString(`
    query AccountHealthForecast($storeId: ID!, $asOf: DateTime) {
  accountHealth(storeId: $storeId, asOf: $asOf) {
    storeId
    asOf
    forecast {
      key
      fulfillmentChannel
      points {
        horizonDays
        windowStart
        windowEnd
        value
        expectedNumerator
        expectedDenominator
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountHealthForecastQuery, AccountHealthForecastQueryVariables>;
export const AccountHealthTrendDocument = new TypedDocumentString(`
    query AccountHealthTrend($storeId: ID!, $key: HealthMetricKey!, $fulfillmentChannel: FulfillmentScope, $from: DateTime!, $to: DateTime!) {
  accountHealthTrend(
    storeId: $storeId
    key: $key
    fulfillmentChannel: $fulfillmentChannel
    from: $from
    to: $to
  ) {
    day
    value
    numerator
    denominator
    status
    warningAt
    redLine
  }
}
    `) as unknown as TypedDocumentString<AccountHealthTrendQuery, AccountHealthTrendQueryVariables>;
export const HealthAlertsDocument = new TypedDocumentString(`
    query HealthAlerts($storeId: ID!, $first: Int, $after: String) {
  healthAlerts(storeId: $storeId, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        storeId
        key
        fulfillmentChannel
        level
        previousStatus
        value
        numerator
        denominator
        line
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAlertsQuery, HealthAlertsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    token
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    languages
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const StoreApiKeysDocument = new TypedDocumentString(`
    query StoreApiKeys($storeId: ID!) {
  storeApiKeys(storeId: $storeId) {
    id
    storeId
    name
    prefix
    createdAt
    revokedAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<StoreApiKeysQuery, StoreApiKeysQueryVariables>;
export const CreateStoreApiKeyDocument = new TypedDocumentString(`
    mutation CreateStoreApiKey($input: CreateStoreApiKeyInput!) {
  createStoreApiKey(input: $input) {
    key
    apiKey {
      id
      prefix
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateStoreApiKeyMutation, CreateStoreApiKeyMutationVariables>;
export const RevokeStoreApiKeyDocument = new TypedDocumentString(`
    mutation RevokeStoreApiKey($id: ID!) {
  revokeStoreApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeStoreApiKeyMutation, RevokeStoreApiKeyMutationVariables>;
export const StoresDocument = new TypedDocumentString(`
    query Stores {
  stores {
    id
    name
    marketplace
    region
    marketplaceId
    timeZone
    defaultLanguage
    version
  }
}
    `) as unknown as TypedDocumentString<StoresQuery, StoresQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $after: String) {
  users(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        email
        name
        role
        languages
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UpdateStoreDocument = new TypedDocumentString(`
    mutation UpdateStore($input: UpdateStoreInput!) {
  updateStore(input: $input) {
    id
    name
    timeZone
    defaultLanguage
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateStoreMutation, UpdateStoreMutationVariables>;