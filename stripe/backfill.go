package stripe

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	stripego "github.com/stripe/stripe-go/v85"

	"kefu"
)

// maxEventTypes is the most types[] GET /v1/events accepts.
const maxEventTypes = 20

// Client reads from the Stripe API on behalf of one account. It is used
// to backfill events that webhooks did not deliver (an outage, a new
// store, a rotated secret): Stripe keeps events for 30 days.
type Client struct {
	api *stripego.Client
}

// NewClient returns a client for apiKey (a secret or restricted key with
// read access to events). baseURL "" means Stripe's API; tests point it
// at stripe-mock. httpClient nil means stripe-go's default (80 s timeout).
// stripe-go's own logging is off: errors are returned, never printed.
func NewClient(apiKey, baseURL string, httpClient *http.Client) *Client {
	cfg := &stripego.BackendConfig{
		HTTPClient:    httpClient,
		LeveledLogger: &stripego.LeveledLogger{Level: stripego.LevelNull},
	}
	if baseURL != "" {
		cfg.URL = stripego.String(baseURL)
	}
	backends := stripego.NewBackendsWithConfig(cfg)
	return &Client{api: stripego.NewClient(apiKey, stripego.WithBackends(backends))}
}

// Events pages through GET /v1/events created at or after since (zero:
// as far back as Stripe keeps, 30 days), of the given types (nil or empty:
// EventTypes(); at most 20), 100 per page, and calls fn with each event's
// raw JSON and id, newest first as Stripe lists them. The raw bytes are
// the event exactly as it appears in Stripe's list response, so the
// pipeline archives what Stripe sent; whitespace may differ from the
// webhook delivery of the same event, so dedupe on the id, not a hash.
// An error from fn stops the walk and is returned as is; Stripe API
// errors are wrapped and keep their *stripego.Error.
func (c *Client) Events(ctx context.Context, since time.Time, types []string, fn func(raw []byte, id string) error) error {
	if len(types) == 0 {
		types = EventTypes()
	}
	if len(types) > maxEventTypes {
		return kefu.Errorf(kefu.EINVALID, "at most %d event types per listing, got %d", maxEventTypes, len(types))
	}
	params := &stripego.EventListParams{Types: stripego.StringSlice(types)}
	params.Limit = stripego.Int64(100)
	if !since.IsZero() {
		params.CreatedRange = &stripego.RangeQueryParams{GreaterThanOrEqual: since.Unix()}
	}
	for ev, err := range c.api.V1Events.List(ctx, params).All(ctx) {
		if err != nil {
			return fmt.Errorf("stripe: listing events: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := rawEvent(ev)
		if err != nil {
			return err
		}
		if err := fn(raw, ev.ID); err != nil {
			return err
		}
	}
	return nil
}

// rawEvent returns the event's own bytes from the page: stripe-go's list
// iterator gives every item a LastResponse whose RawJSON is that item's
// slice of the response. Re-encoding the decoded struct is the fallback
// only, since it would drop fields stripe-go does not know.
func rawEvent(ev *stripego.Event) ([]byte, error) {
	if ev.LastResponse != nil && len(ev.LastResponse.RawJSON) > 0 {
		return ev.LastResponse.RawJSON, nil
	}
	raw, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("stripe: re-encoding event %s: %w", ev.ID, err)
	}
	return raw, nil
}
