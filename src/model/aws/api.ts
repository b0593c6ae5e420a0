/**
 * API Gateway: REST APIs (v1) and HTTP/WebSocket APIs (v2). Stages and unauthenticated methods are summarised
 * as plain lists inside one value each, because rules judge them as a whole ("any stage without access logs",
 * "any method open to anyone") and the API returns them in one listing per API.
 */
import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

/** One deployed stage of an API. */
export interface ApiStageSummary {
  readonly name: string;
  /** Access logs go to a destination (CloudWatch Logs group or Firehose). */
  readonly accessLogsEnabled: boolean;
  /** Execution logging level of the stage's default method/route settings: `OFF`, `ERROR`, `INFO`, or null when unset. */
  readonly executionLoggingLevel: string | null;
  /** X-Ray tracing (REST APIs only; false for HTTP APIs, which do not support it). */
  readonly tracingEnabled: boolean;
  /** ARN of the WAF web ACL associated with the stage (REST APIs only), or null. */
  readonly webAclArn: string | null;
  /** Client certificate used towards the backend (REST APIs), or null. */
  readonly clientCertificateId: string | null;
}

export interface ApiGatewayRestApiProperties {
  /** `EDGE`, `REGIONAL` or `PRIVATE`. */
  readonly endpointType: Value<string>;
  readonly stages: Value<readonly ApiStageSummary[]>;
  /** Methods reachable without any authorization, as `GET /pets/{id}` (authorizationType NONE and no API key). */
  readonly unauthenticatedMethods: Value<readonly string[]>;
  /** Authorizer types configured on the API (`TOKEN`, `REQUEST`, `COGNITO_USER_POOLS`). */
  readonly authorizerTypes: Value<readonly string[]>;
  /** The API's resource policy, or null. */
  readonly policy: Value<PolicyDocument | null>;
  readonly disableExecuteApiEndpoint: Value<boolean>;
}
export type ApiGatewayRestApi = Resource<'aws.apigateway.rest-api', ApiGatewayRestApiProperties>;

export interface ApiGatewayHttpApiProperties {
  /** `HTTP` or `WEBSOCKET`. */
  readonly protocolType: Value<string>;
  readonly stages: Value<readonly ApiStageSummary[]>;
  /** Routes reachable without authorization, as their route keys (`GET /items`, `$connect`). */
  readonly unauthenticatedRoutes: Value<readonly string[]>;
  readonly disableExecuteApiEndpoint: Value<boolean>;
}
export type ApiGatewayHttpApi = Resource<'aws.apigateway.http-api', ApiGatewayHttpApiProperties>;

/** A custom domain name of API Gateway (REST, HTTP and WebSocket APIs share them). uid `arn:aws:apigateway:<region>::/domainnames/<name>`. */
export interface ApiGatewayDomainNameProperties {
  /** `TLS_1_0`, `TLS_1_2`, or an enhanced policy name such as `SecurityPolicy_TLS13_1_3_2025_09`. */
  readonly securityPolicy: Value<string>;
  /** `EDGE` or `REGIONAL` (or `PRIVATE`). */
  readonly endpointType: Value<string>;
}
export type ApiGatewayDomainName = Resource<'aws.apigateway.domain-name', ApiGatewayDomainNameProperties>;
