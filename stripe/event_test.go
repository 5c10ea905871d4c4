package stripe

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	stripego "github.com/stripe/stripe-go/v85"

	"kefu"
)

// fixtureNames lists the snapshot-event fixtures in testdata.
func fixtureNames(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		if name := filepath.Base(p); !strings.HasPrefix(name, "thin-") {
			names = append(names, name)
		}
	}
	if len(names) < 14 {
		t.Fatalf("only %d fixtures", len(names))
	}
	return names
}

// TestDecodeEventAgreesWithStripeGo decodes every fixture with DecodeEvent
// and with stripe-go's own Event type: the envelope fields and the raw
// data.object must be the same.
func TestDecodeEventAgreesWithStripeGo(t *testing.T) {
	for _, name := range fixtureNames(t) {
		t.Run(name, func(t *testing.T) {
			payload := readFixture(t, name)
			ev, err := DecodeEvent(payload)
			if err != nil {
				t.Fatal(err)
			}
			var theirs stripego.Event
			if err := json.Unmarshal(payload, &theirs); err != nil {
				t.Fatal(err)
			}
			if ev.ID != theirs.ID || ev.Type != string(theirs.Type) || ev.APIVersion != theirs.APIVersion ||
				ev.Livemode != theirs.Livemode || ev.Account != theirs.Account || ev.Created.Unix() != theirs.Created {
				t.Errorf("envelope %+v, stripe-go %+v", ev, theirs)
			}
			if ev.Created.Location() != time.UTC {
				t.Errorf("Created is not UTC: %v", ev.Created)
			}
			if !bytes.Equal(ev.Object, theirs.Data.Raw) {
				t.Errorf("data.object differs from stripe-go's Data.Raw")
			}
			if want := strings.SplitN(name, ".json", 2)[0]; !strings.HasPrefix(want, ev.Type) {
				t.Errorf("fixture %s holds a %s event", name, ev.Type)
			}
		})
	}
}

func TestDecodeEventFields(t *testing.T) {
	ev, err := DecodeEvent(readFixture(t, "refund.created.json"))
	if err != nil {
		t.Fatal(err)
	}
	if ev.ID != "evt_3QxA9cL3kB2vR9aX0nRz2Ht1" || ev.Type != "refund.created" || ev.APIVersion != "2025-08-27.basil" ||
		!ev.Livemode || ev.Account != "acct_1Pq2Rs3Tu4Vw5Xy6" || !ev.Created.Equal(time.Unix(1794499999, 0)) ||
		!bytes.HasPrefix(ev.Object, []byte(`{`)) || ev.PreviousAttributes != nil {
		t.Errorf("got %+v", ev)
	}
	ev, err = DecodeEvent(readFixture(t, "charge.dispute.updated.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(ev.PreviousAttributes, []byte(`"needs_response"`)) {
		t.Errorf("previous_attributes = %s", ev.PreviousAttributes)
	}
	// stripe-mock's fixture events have api_version null.
	ev, err = DecodeEvent([]byte(`{"id":"evt_1","object":"event","api_version":null,"created":1234567890,"type":"plan.created","data":{"object":{"id":"price_1","object":"plan"}}}`))
	if err != nil || ev.APIVersion != "" {
		t.Errorf("null api_version: %+v, %v", ev, err)
	}
}

func TestDecodeEventRejects(t *testing.T) {
	thin := readFixture(t, "thin-event.json")
	tests := []struct {
		name, payload, message string
	}{
		{"empty body", ``, "event payload is not a JSON object"},
		{"array", `[{"id":"evt_1"}]`, "event payload is not a JSON object"},
		{"truncated JSON", `{"id":"evt_1","type":"charge.failed"`, "event payload is not valid JSON: unexpected end of JSON input at byte 36"},
		{"syntax error", `{"id":"evt_1",}`, "event payload is not valid JSON: invalid character '}' looking for beginning of object key string at byte 15"},
		{"id of the wrong type", `{"id":7,"type":"charge.failed"}`, "event payload is not valid JSON: id has the wrong type (number)"},
		{"missing id", `{"type":"charge.failed","data":{"object":{}}}`, "event has no id"},
		{"id not an event id", `{"id":"ch_123","type":"charge.failed","data":{"object":{}}}`, `event id "ch_123" does not start with evt_`},
		{"long bad id is cut", `{"id":"` + strings.Repeat("x", 100) + `","type":"t"}`, `event id "` + strings.Repeat("x", 64) + `…" does not start with evt_`},
		{"missing type", `{"id":"evt_1","data":{"object":{}}}`, "event evt_1 has no type"},
		{"no data", `{"id":"evt_1","object":"event","type":"charge.failed"}`, "event evt_1 (charge.failed) is a thin event without data.object; configure the endpoint for snapshot events"},
		{"null data.object", `{"id":"evt_1","object":"event","type":"charge.failed","data":{"object":null}}`, "event evt_1 (charge.failed) is a thin event without data.object; configure the endpoint for snapshot events"},
		{"thin v2 event", string(thin), "event evt_test_65R9Ijk8gEq1Wm2BS5k16R7eWlSQfXZHeNnE0dPL4aC5Lq (v1.billing.meter.error_report_triggered) is a thin event without data.object; configure the endpoint for snapshot events"},
		{"not an event object", `{"id":"evt_1","object":"charge","type":"charge.failed","data":{"object":{}}}`, `event evt_1 has object "charge", want event`},
		{"created not unix seconds", `{"id":"evt_1","object":"event","type":"charge.failed","created":"yesterday","data":{"object":{}}}`, "event evt_1 created is not unix seconds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := DecodeEvent([]byte(tt.payload))
			if err == nil {
				t.Fatalf("accepted: %+v", ev)
			}
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorMessage(err) != tt.message {
				t.Errorf("err = %v\nwant message %q", err, tt.message)
			}
		})
	}
}

func FuzzDecodeEvent(f *testing.F) {
	f.Add([]byte(`{"id":"evt_1","object":"event","type":"charge.dispute.created","data":{"object":{"id":"dp_1","object":"dispute"}}}`))
	f.Add([]byte(`{"id":"evt_1","type":"refund.created","data":{"object":{"object":"refund","id":"re_1","amount":-1}}}`))
	f.Fuzz(func(t *testing.T, payload []byte) {
		ev, err := DecodeEvent(payload)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		if !strings.HasPrefix(ev.ID, "evt_") || ev.Type == "" || len(ev.Object) == 0 {
			t.Fatalf("accepted %+v", ev)
		}
		c, err := Changes(ev) // must not panic either
		if err != nil && kefu.ErrorCode(err) != kefu.EINVALID {
			t.Fatalf("Changes error %v is not EINVALID", err)
		}
		if c != nil {
			_ = c.NoticeText()
		}
	})
}

func BenchmarkDecodeEvent(b *testing.B) {
	payload := readFixture(b, "charge.dispute.updated.json")
	b.SetBytes(int64(len(payload)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeEvent(payload); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeEventAndChanges is the whole per-event cost after the
// signature check: envelope, then the typed dispute.
func BenchmarkDecodeEventAndChanges(b *testing.B) {
	payload := readFixture(b, "charge.dispute.updated.json")
	b.SetBytes(int64(len(payload)))
	b.ReportAllocs()
	for b.Loop() {
		ev, err := DecodeEvent(payload)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Changes(ev); err != nil {
			b.Fatal(err)
		}
	}
}
