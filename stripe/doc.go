// Package stripe adapts Stripe's webhooks and Events API to kefu: it checks
// Stripe-Signature headers, decodes event envelopes cheaply, turns the
// events a seller's after-sales desk cares about (disputes, refunds,
// payment failures, early fraud warnings) into plain typed changes, and
// pages through GET /v1/events to backfill what a webhook outage missed.
//
// It holds no state, opens no database and serves no HTTP: the ingest
// pipeline archives the raw payload, dedupes on the event id and applies
// the changes this package returns.
package stripe
