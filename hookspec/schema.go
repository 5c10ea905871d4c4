package hookspec

import _ "embed"

// Schema is the JSON Schema (2020-12) of Envelope, for the OpenAPI
// document and for senders who validate before they send. A test keeps it
// in step with the Go types, field for field.
//
//go:embed schema.json
var Schema []byte
