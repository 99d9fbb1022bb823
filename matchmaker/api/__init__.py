"""The JSON API v1 (/api/v1): token authentication, problem+json errors, OpenAPI document and docs page."""
