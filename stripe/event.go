package stripe

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// Event is the envelope of a Stripe event (a "snapshot" event, the kind
// webhooks and GET /v1/events carry). Object is data.object exactly as
// sent, left undecoded until Changes knows which shape to expect.
type Event struct {
	ID         string
	Type       string
	APIVersion string // "" for events older than 2014 and in stripe-mock
	Created    time.Time
	Livemode   bool
	Account    string // the connected account, for Connect platforms
	Object     json.RawMessage
	// PreviousAttributes holds the changed fields' old values on
	// *.updated events, or nil.
	PreviousAttributes json.RawMessage
}

// envelope is the wire shape. Created stays raw because thin (v2) events
// send an RFC 3339 string where snapshot events send unix seconds, and
// the thin-event error is clearer than a type mismatch.
type envelope struct {
	ID         string          `json:"id"`
	Object     string          `json:"object"`
	Type       string          `json:"type"`
	APIVersion *string         `json:"api_version"`
	Created    json.RawMessage `json:"created"`
	Livemode   bool            `json:"livemode"`
	Account    string          `json:"account"`
	Data       *struct {
		Object             json.RawMessage `json:"object"`
		PreviousAttributes json.RawMessage `json:"previous_attributes"`
	} `json:"data"`
}

// DecodeEvent reads an event envelope. It does not check the signature:
// call VerifySignature on the same bytes first.
func DecodeEvent(payload []byte) (*Event, error) {
	trimmed := bytes.TrimSpace(payload)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, kefu.Errorf(kefu.EINVALID, "event payload is not a JSON object")
	}
	var env envelope
	if err := json.Unmarshal(trimmed, &env); err != nil {
		return nil, kefu.Errorf(kefu.EINVALID, "event payload is not valid JSON: %s", jsonProblem(err))
	}
	switch {
	case env.ID == "":
		return nil, kefu.Errorf(kefu.EINVALID, "event has no id")
	case !strings.HasPrefix(env.ID, "evt_"):
		return nil, kefu.Errorf(kefu.EINVALID, "event id %s does not start with evt_", quoteShort(env.ID))
	case env.Type == "":
		return nil, kefu.Errorf(kefu.EINVALID, "event %s has no type", env.ID)
	case env.Object == "v2.core.event" || env.Data == nil || isNull(env.Data.Object):
		// Thin events name the object instead of carrying it; stripe-go's
		// ConstructEvent refuses them too. The endpoint must be switched to
		// snapshot payloads, or the object fetched by id.
		return nil, kefu.Errorf(kefu.EINVALID, "event %s (%s) is a thin event without data.object; configure the endpoint for snapshot events", env.ID, env.Type)
	case env.Object != "" && env.Object != "event":
		return nil, kefu.Errorf(kefu.EINVALID, "event %s has object %s, want event", env.ID, quoteShort(env.Object))
	}
	ev := &Event{
		ID:       env.ID,
		Type:     env.Type,
		Livemode: env.Livemode,
		Account:  env.Account,
		Object:   env.Data.Object,
	}
	if env.APIVersion != nil {
		ev.APIVersion = *env.APIVersion
	}
	if !isNull(env.Data.PreviousAttributes) {
		ev.PreviousAttributes = env.Data.PreviousAttributes
	}
	if !isNull(env.Created) {
		secs, err := strconv.ParseInt(string(env.Created), 10, 64)
		if err != nil {
			return nil, kefu.Errorf(kefu.EINVALID, "event %s created is not unix seconds", env.ID)
		}
		ev.Created = time.Unix(secs, 0).UTC()
	}
	return ev, nil
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// jsonProblem words a decoding error without Go type names.
func jsonProblem(err error) string {
	switch e := err.(type) {
	case *json.SyntaxError:
		return e.Error() + " at byte " + strconv.FormatInt(e.Offset, 10)
	case *json.UnmarshalTypeError:
		if e.Field == "" {
			return "wrong type (" + e.Value + ")"
		}
		return e.Field + " has the wrong type (" + e.Value + ")"
	}
	return err.Error()
}

// quoteShort quotes an untrusted value for an error message, cut to a
// length that keeps logs readable.
func quoteShort(s string) string {
	const max = 64
	if len(s) > max {
		s = s[:max] + "…"
	}
	return strconv.Quote(s)
}
